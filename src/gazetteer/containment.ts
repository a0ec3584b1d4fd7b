/**
 * Administrative containment, as the "X, Parent" cue needs it ("Springfield, Illinois",
 * "Geneva, Switzerland", "Karrada, Baghdad"): the parent is the country, the first-level region or
 * the county of the place, or the city a section of a city (GeoNames PPLX) belongs to. Not "any
 * place within some kilometres": "After Paris, London is ..." names two cities, neither inside the other.
 */
import { distanceKm } from "./distance";
import type { Place } from "./types";

/**
 * The index carries no second-level codes, so a county contains a place of its first-level region
 * that lies within a county's reach of the county's point.
 */
const COUNTY_REACH_KM = 60;
/** A section of a city (a district, a neighbourhood) lies within this distance of its city's point. */
const SECTION_REACH_KM = 25;

export function isAdminContainer(parent: Place, child: Place): boolean {
  if (parent.id === child.id || parent.countryCode !== child.countryCode || parent.countryCode === "")
    return false;
  switch (parent.kind) {
    case "country":
      return child.kind !== "country";
    case "admin1":
      return (
        child.kind !== "country" &&
        child.kind !== "admin1" &&
        child.admin1 !== "" &&
        child.admin1 === parent.admin1
      );
    case "admin2":
      return (
        child.kind === "city" &&
        (parent.admin1 === "" || child.admin1 === "" || parent.admin1 === child.admin1) &&
        distanceKm(parent, child) < COUNTY_REACH_KM
      );
    case "city":
      return (
        child.kind === "city" &&
        child.featureCode === "PPLX" &&
        parent.featureCode !== "PPLX" &&
        distanceKm(parent, child) < SECTION_REACH_KM
      );
    default:
      return false;
  }
}

/**
 * Can `child` lie in `container` as a text names it in a chain ("the X area of Y district, Z
 * governorate")? The same entry holds (a district or province named for its seat town has the
 * town's entry); so does an administrative container; and a town named as a unit ("Y district",
 * `asUnit`) holds the places of its first-level region: the index has no districts of their own.
 */
export function holdsInChain(container: Place, child: Place, asUnit: boolean): boolean {
  if (container.id === child.id || isAdminContainer(container, child)) return true;
  return (
    asUnit &&
    container.kind === "city" &&
    container.countryCode === child.countryCode &&
    child.admin1 !== "" &&
    child.admin1 === container.admin1 &&
    child.kind === "city"
  );
}
