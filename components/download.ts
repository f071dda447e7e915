/** Saves text as a file through the browser's download (a Blob URL, revoked once the download has started). */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadJson = (fileName: string, data: unknown) =>
  downloadFile(fileName, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
