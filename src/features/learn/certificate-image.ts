/**
 * The certificate as a PNG the learner can keep in the phone's photos: drawn on a canvas (no
 * library), in the app's language, with the verification code large enough to read out.
 */
export interface CertificateLines {
  heading: string;
  name: string;
  module: string;
  date: string;
  codeLabel: string;
  code: string;
  commune: string;
}

export function drawCertificate(lines: CertificateLines): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 1080;
  canvas.height = 760;
  const g = canvas.getContext('2d');
  if (!g) return canvas;
  g.fillStyle = '#fffdf5';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.strokeStyle = '#0f5f4c';
  g.lineWidth = 16;
  g.strokeRect(24, 24, canvas.width - 48, canvas.height - 48);
  g.textAlign = 'center';
  g.fillStyle = '#0f5f4c';
  const line = (text: string, y: number, size: number, weight = 'normal') => {
    g.font = `${weight} ${size}px "Times New Roman", serif`;
    g.fillText(text, canvas.width / 2, y, canvas.width - 120);
  };
  line(lines.commune, 110, 30);
  line(lines.heading, 200, 56, 'bold');
  g.fillStyle = '#1b1f1d';
  line(lines.name, 320, 64, 'bold');
  line(lines.module, 420, 40);
  line(lines.date, 490, 32);
  line(`${lines.codeLabel}: ${lines.code}`, 620, 40, 'bold');
  return canvas;
}

/** Saves the canvas as a PNG download (on Android, it lands in Downloads / Photos). */
export function downloadCanvas(canvas: HTMLCanvasElement, fileName: string): void {
  const a = document.createElement('a');
  a.href = canvas.toDataURL('image/png');
  a.download = fileName;
  a.click();
}
