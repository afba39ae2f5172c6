import { saveBlob } from '../../ui/save-file';

/** Saves data as a JSON file on the device. */
export function downloadJson(fileName: string, data: unknown): void {
  saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName);
}

/** The file name for one resident's data ("du-lieu-cu-dan-<id>.json": no name in the file name). */
export const residentExportFileName = (residentId: string): string =>
  `du-lieu-cu-dan-${residentId.replace(/[^\w-]/g, '')}.json`;
