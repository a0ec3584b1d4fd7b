import { useAppStore } from "../store/appStore";
import { IncidentPicker } from "./IncidentPicker";

/** When a click hits several incidents at once, lets the user pick one. */
export function MarkerChooser() {
  const chooser = useAppStore((s) => s.chooser);
  const incidents = useAppStore((s) => s.incidents);
  const select = useAppStore((s) => s.select);
  const closeChooser = useAppStore((s) => s.closeChooser);
  if (!chooser) return null;
  // One pass, no index of every incident (a million of them would cost more than the scan).
  const wanted = new Set(chooser.keys);
  const items = incidents.filter((i) => wanted.has(i.key));
  return (
    <IncidentPicker
      title={`${items.length} incidents here`}
      incidents={items}
      x={chooser.x}
      y={chooser.y}
      onOpen={select}
      onClose={closeChooser}
    />
  );
}
