/** A mistake in the command line: printed as one line with a pointer to --help, exit code 2. */
export { UsageError } from "../util/input-error";
