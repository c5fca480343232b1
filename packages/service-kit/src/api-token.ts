/** Shortest admin API token accepted when the HTTP API listens beyond loopback, in characters. */
export const MIN_API_TOKEN_LENGTH = 16;

/** The development tokens documented for the compose stack: refused when the API listens beyond loopback. */
export const DEV_API_TOKENS: readonly string[] = Object.freeze(['ems-dev-token', 'gateway-dev-token']);

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** True for the host names and addresses that keep an HTTP listener on this machine only. */
export const isLoopbackHost = (host: string): boolean => LOOPBACK.has(host);

/**
 * Why `token` may not guard an admin API listening on `host`, or undefined when it may. On loopback any
 * token (or none) is accepted; beyond it the token is required, at least MIN_API_TOKEN_LENGTH characters
 * and not one of DEV_API_TOKENS. The reason names the host and never the secret itself (its length
 * only; a development default is public and named).
 */
export function apiTokenProblem(host: string, token: string | undefined): string | undefined {
  if (isLoopbackHost(host)) return undefined;
  const where = `when the HTTP API listens on the non-loopback host ${JSON.stringify(host.slice(0, 80))}`;
  if (token === undefined || token === '') return `required ${where}`;
  if (DEV_API_TOKENS.includes(token)) {
    return `${JSON.stringify(token)} is a documented development token, refused ${where}`;
  }
  if (token.length < MIN_API_TOKEN_LENGTH) {
    return `too short (${token.length} characters): at least ${MIN_API_TOKEN_LENGTH} ${where}`;
  }
  return undefined;
}
