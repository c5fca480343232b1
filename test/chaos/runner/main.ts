// `npm run chaos -- [options]`: the chaos runner's command line (see --help).
import { ComposeUnavailableError } from './docker.js';
import { chaosCommand, toOptions } from './options.js';
import { summaryLines } from './report.js';
import { runChaos } from './run-chaos.js';

const command = chaosCommand();
command.parse(process.argv);
const options = toOptions(command);
console.log(
  `[chaos] ${options.target} target: ${options.durationMs / 1000} s, ${options.rate} events/s × ${options.ems} EMS, ${options.gateways} gateways, ` +
    `${options.traffic} traffic endpoints, faults ${options.faults.join(',')} every ${options.faultEveryMs / 1000} s, seed ${options.seed}` +
    (options.breaks.length > 0 ? `, BROKEN: ${options.breaks.join(',')}` : ''),
);
try {
  const report = await runChaos(options);
  for (const line of summaryLines(report, options.reportDir)) console.log(line);
  process.exit(report.passed ? 0 : 1);
} catch (err) {
  if (err instanceof ComposeUnavailableError) {
    console.error(`[chaos] ${err.message}`);
    process.exit(2);
  }
  console.error(`[chaos] the run itself failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(2);
}
