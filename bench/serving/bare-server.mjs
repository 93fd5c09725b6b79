// The ceiling of the serving benchmarks: node:http answering every request with one fixed JSON
// body, with no routing, parsing or guard. Nothing that answers over HTTP from one Node process
// can be faster than this on the same machine.
//
//   node bench/serving/bare-server.mjs --port N
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { port: { type: 'string', default: '3099' } },
  strict: false,
});
const BODY = Buffer.from(JSON.stringify({ predictions: [{ probability: 0.2137, label: false }] }));

const server = createServer((request, response) => {
  // Drain the request body as a real handler must before it answers.
  request.resume();
  request.once('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': BODY.length });
    response.end(BODY);
  });
});
server.listen(Number(args.port), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
});
