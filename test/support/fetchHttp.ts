import type { Http } from '../../src/core';

/** The platform's fetch as an Http function (Node 20 and VS Code's hosts both have it); header names in lower case. */
export const fetchHttp: Http = async (request) => {
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return { status: response.status, headers, body: await response.text() };
};
