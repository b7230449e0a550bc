/**
 * `npm run keys -- status | reseal | rotate`: the message key that seals names, messages and
 * contact details at rest. `status`: its id, and how many values are still sealed with older keys;
 * `reseal`: moves them all to the current key now (the server's upkeep does it a batch a minute);
 * `rotate`: a new current key first in DATA_DIR/message.key, the old ones kept for reading (with
 * MESSAGE_KEY set, it says how to rotate by the settings instead). docs/operations.md.
 */
import { runFromCli } from "./command.ts";

await runFromCli("keys", process.argv.slice(2));
