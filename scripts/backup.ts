/**
 * `npm run backup -- <file>`: a consistent copy of the database in one file — the embedded
 * database as a gzipped tar of its data directory (taken by the running server when there is one,
 * between two queries, after a checkpoint), or PostgreSQL through `pg_dump --format=custom`.
 * The message key (DATA_DIR/message.key or MESSAGE_KEY) is not in it: back it up apart.
 * `npm run restore -- <file>` puts a backup back (docs/operations.md).
 */
import { resolve } from "node:path";
import { runFromCli } from "./command.ts";

const [file, ...rest] = process.argv.slice(2);
await runFromCli("backup", [...(file ? [resolve(file)] : []), ...rest]);
