/**
 * Saves a file on the device through a Blob and an `<a download>`: made in the browser (works
 * offline), no server round trip, no inline script, so it passes the app's strict CSP.
 */
export function saveBlob(blob: Blob, fileName: string): void {
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
