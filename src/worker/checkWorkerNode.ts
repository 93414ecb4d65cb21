// The checking worker on the desktop: a `worker_threads` Worker started by the extension (dist/checkWorker.js).
import { parentPort } from 'node:worker_threads';
import { handleWorkerMessage } from './handleRequest';

parentPort?.on('message', (message: unknown) => {
  const response = handleWorkerMessage(message);
  if (response) parentPort?.postMessage(response);
});
