import { useAppStore } from "../store/appStore";
import { chooserIncidents } from "./chooserIncidents";
import { IncidentPicker } from "./IncidentPicker";

/** When a click hits several incidents at once, lets the user pick one. */
export function MarkerChooser() {
  const chooser = useAppStore((s) => s.chooser);
  const incidents = useAppStore((s) => s.incidents);
  const select = useAppStore((s) => s.select);
  const closeChooser = useAppStore((s) => s.closeChooser);
  if (!chooser) return null;
  const items = chooserIncidents(incidents, useAppStore.getState().sets, chooser.keys);
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
