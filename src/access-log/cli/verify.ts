/** `npm run log:verify`: verifies the access log's hash chain and checkpoints. */
import { runAsProcess } from './io';
import { runVerify } from './verify-command';

runAsProcess((argv) => runVerify(argv));
