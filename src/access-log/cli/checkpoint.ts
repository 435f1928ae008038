/** `npm run log:checkpoint`: signs a checkpoint at the head of the access log and prints it. */
import { runCheckpoint } from './checkpoint-command';
import { runAsProcess } from './io';

runAsProcess((argv) => runCheckpoint(argv));
