#pragma once

namespace candor::cli {

/// Process exit codes of candor-cli.
enum ExitCode : int {
    Success = 0,
    InternalError = 1, ///< a bug or an unexpected failure (message on stderr)
    BadInput = 2,      ///< a flag, value, file or data entry was rejected (one line on stderr)
    OutputError = 3,   ///< the output could not be written
    Interrupted = 130, ///< stopped by Ctrl-C (SIGINT), after writing what was done (128 + 2)
};

} // namespace candor::cli
