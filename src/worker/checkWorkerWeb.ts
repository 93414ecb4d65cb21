// The checking worker in VS Code for the Web: a Web Worker started by the extension (dist/web/checkWorker.js).
import { handleWorkerMessage } from './handleRequest';

const scope = globalThis as unknown as { onmessage: ((event: { data: unknown }) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const response = handleWorkerMessage(event.data);
  if (response) scope.postMessage(response);
};
