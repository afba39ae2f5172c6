/**
 * Saves data as a JSON file on the device through a Blob and an `<a download>`: no server round
 * trip for the file itself, and no inline script, so it passes the app's strict CSP.
 */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after the click returns: free the Blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name for one resident's data ("du-lieu-cu-dan-<id>.json": no name in the file name). */
export const residentExportFileName = (residentId: string): string =>
  `du-lieu-cu-dan-${residentId.replace(/[^\w-]/g, '')}.json`;
