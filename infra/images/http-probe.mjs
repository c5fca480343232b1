// Container healthcheck without a shell: GET http://127.0.0.1:<port><path>, exit 0 on a 2xx answer
// within 2 s, else 1 with the reason on stderr.
//   node http-probe.mjs <PORT_ENV_NAME> <default port> <path>
const [portEnv, defaultPort, path] = process.argv.slice(2);
const port = (portEnv && process.env[portEnv]) || defaultPort;
if (!/^\d{1,5}$/.test(port ?? '') || !path?.startsWith('/')) {
  console.error(
    `http-probe: port ${JSON.stringify(port)} (from ${portEnv}) or path ${JSON.stringify(path)} invalid`,
  );
  process.exit(2);
}
const url = `http://127.0.0.1:${port}${path}`;
try {
  const response = await globalThis.fetch(url, { signal: globalThis.AbortSignal.timeout(2000) });
  if (!response.ok) {
    console.error(`http-probe: ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    process.exit(1);
  }
} catch (err) {
  console.error(`http-probe: ${url}: ${err.cause?.message ?? err.message}`);
  process.exit(1);
}
