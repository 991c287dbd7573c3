/** Opens another of the app's pages by its address, as following a link does: a new page load. */
export function leaveFor(path: string): void {
  window.location.assign(path);
}
