#include "run.hpp"

#include "cli_messages.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "language_option.hpp"
#include "stdout_buffer.hpp"

#include "core/data_error.hpp"
#include "core/input_error.hpp"
#include "core/output_file.hpp"
#include "i18n/tr.hpp"
#include "present/error_text.hpp"
#include "present/visible_text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <sstream>
#include <string>
#include <vector>

namespace candor::cli {

namespace {

/// One error line; what the user typed or a file held shows no control characters.
void print_error(std::ostream& err, const std::string& line) {
    err << "candor-cli: " << i18n::tr("error") << ": "
        << present::visible_text(line, present::Keep::LinesAndIsolates) << '\n';
}

/// One line: "candor-cli: error: <field>: expected <what>, got '<value>'", translated.
void print_input_error(std::ostream& err, const core::InputError& e) {
    std::string msg;
    if (e.got().empty()) {
        // TRANSLATORS: {0} is a field name such as --principal, {1} what it accepts.
        msg = fmt::format(fmt::runtime(i18n::tr("{0}: expected {1}")), e.field(),
                          present::expected_text(e));
    } else {
        // TRANSLATORS: {0} field name, {1} what it accepts, {2} what the user typed.
        msg = fmt::format(fmt::runtime(i18n::tr("{0}: expected {1}, got '{2}'")), e.field(),
                          present::expected_text(e), present::visible_text(e.got()));
    }
    print_error(err, msg);
}

/// Standard output must have taken everything: a failed write (a full disk, /dev/full) is
/// reported with its reason and exit code 3, never lost behind a success.
int finish(int code, std::ostream& out, std::ostream& err) {
    errno = 0;
    out.flush();
    if (out.good()) {
        return code;
    }
    const auto* buffer = dynamic_cast<const StdoutBuffer*>(out.rdbuf());
    int error = buffer != nullptr ? buffer->error() : errno;
    if (error == 0) {
        error = EIO;
    }
    print_error(err, present::output_error_text(core::OutputError::standard_output(
                         CANDOR_N_("writing failed ({0})"), {std::strerror(error)})));
    return code == Success ? OutputError : code;
}

int run_command(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    std::string language = language_from_args(argc, argv);
    try {
        apply_language(language);
    } catch (const core::InputError& e) {
        print_input_error(err, e);
        return BadInput;
    }
    CLI::App app{i18n::tr("candor-cli: read a fixed-term yield offer honestly"), "candor-cli"};
    use_translated_help(app);
    app.require_subcommand(1);
    // TRANSLATORS: help of the --version flag.
    app.set_version_flag("--version", "candor-cli " CANDOR_VERSION,
                         i18n::tr("Print the version and exit"));
    add_language_option(app, language);
    Context ctx{out, err, {}};
    add_analyze_command(app, ctx);
    add_examples_command(app, ctx);
    add_simulate_command(app, ctx);
    add_ponzi_command(app, ctx);
    add_report_command(app, ctx);
    add_chart_command(app, ctx);
    translate_help_groups(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return Success;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return Success;
    } catch (const CLI::CallForVersion& e) {
        out << e.what() << '\n';
        return Success;
    } catch (const CLI::ParseError& e) {
        print_error(err, parse_error_message(e, app));
        return BadInput;
    }
    if (const std::string empty = empty_value_message(app); !empty.empty()) {
        print_error(err, empty);
        return BadInput;
    }
    try {
        return ctx.action ? ctx.action() : BadInput;
    } catch (const core::InputError& e) {
        print_input_error(err, e);
        return BadInput;
    } catch (const core::OutputError& e) {
        print_error(err, present::output_error_text(e));
        return OutputError;
    } catch (const core::DataError& e) {
        print_error(err, present::data_error_text(e));
        return BadInput;
    } catch (const std::exception& e) {
        err << "candor-cli: " << i18n::tr("internal error") << ": "
            << present::visible_text(e.what(), present::Keep::LinesAndIsolates) << '\n';
        return InternalError;
    }
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    return finish(run_command(argc, argv, out, err), out, err);
}

} // namespace candor::cli
