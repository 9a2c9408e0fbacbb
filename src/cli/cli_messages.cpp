#include "cli_messages.hpp"

#include "i18n/tr.hpp"
#include "present/display_width.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace candor::cli {

namespace {

using i18n::tr;

/// `name` then `description` from column `width` (display columns); a name as wide as that
/// puts the description on the next line, as CLI11's format_help does.
std::string help_line(const std::string& name, const std::string& description, std::size_t width) {
    const std::string lead = "  " + name;
    const std::size_t cols = present::display_width(lead);
    std::string out = lead;
    if (!description.empty()) {
        out += cols >= width ? "\n" + std::string(width, ' ') : std::string(width - cols, ' ');
        for (const char c : description) {
            out += c;
            if (c == '\n') {
                out += std::string(width, ' ');
            }
        }
    }
    return out + "\n";
}

/// The translated name of a positional argument, shown in the help and its usage line.
std::string positional_name(const std::string& name) {
    if (name == "file") {
        // TRANSLATORS: name of the argument naming an input file, in the command-line help
        // ("candor-cli analyze [file]"); one word, lowercase.
        return tr("file");
    }
    if (name == "kind") {
        // TRANSLATORS: name of the argument saying which chart to draw, in the command-line
        // help ("candor-cli chart kind"); one word, lowercase.
        return tr("kind");
    }
    return name;
}

/// CLI11's help layout with our translated texts: it asks get_label() for every fixed word.
class TranslatedFormatter : public CLI::Formatter {
  public:
    TranslatedFormatter() {
        // TRANSLATORS: heading of the command-line help, followed by ": candor-cli ...".
        label("Usage", tr("Usage"));
        // TRANSLATORS: placeholder in the usage line of the command-line help ("[OPTIONS]").
        label("OPTIONS", tr("OPTIONS"));
        // TRANSLATORS: placeholder in the usage line of the command-line help for the command
        // name (analyze, report, ...).
        label("SUBCOMMAND", tr("COMMAND"));
        label("SUBCOMMANDS", tr("COMMAND"));
        // TRANSLATORS: marks an option that must be given, in the command-line help.
        label("REQUIRED", tr("REQUIRED"));
        // TRANSLATORS: heading of the arguments given without a flag, in the command-line help.
        label("Positionals", tr("Arguments"));
        // TRANSLATORS: in the command-line help, "--a Needs: --b".
        label("Needs", tr("Needs"));
        // TRANSLATORS: in the command-line help, "--a Excludes: --b".
        label("Excludes", tr("Excludes"));
        // TRANSLATORS: placeholder for the value of an option in the command-line help.
        label("TEXT", tr("TEXT"));
        // TRANSLATORS: placeholder for a whole-number value in the command-line help.
        label("INT", tr("INTEGER"));
        label("UINT", tr("INTEGER"));
        // TRANSLATORS: placeholder for a numeric value in the command-line help.
        label("FLOAT", tr("NUMBER"));
        label("NUMBER", tr("NUMBER"));
        // TRANSLATORS: placeholder in the command-line help for the name of a built-in example
        // or scenario preset ("--example NAME"); the help texts of --example and --scenario
        // refer to it, so use the same word there. One word, capitals.
        label("NAME", tr("NAME"));
        // TRANSLATORS: placeholder in the command-line help for the id of a deposit-insurance
        // scheme ("--insured SCHEME"); the help of --insured refers to it. One word, capitals.
        label("SCHEME", tr("SCHEME"));
    }

    /// An option's line: padded by display width (present::display_width), not by bytes as
    /// CLI11's std::setw does, so that Arabic and Turkish descriptions line up.
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        return help_line(make_option_name(opt, is_positional) + make_option_opts(opt),
                         make_option_desc(opt), get_column_width());
    }

    std::string make_subcommand(const CLI::App* sub) const override {
        return help_line(sub->get_display_name(true), sub->get_description(), get_column_width());
    }

    /// Positional arguments by their translated name ("file", "kind" are ids in the code).
    std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
        return is_positional ? positional_name(opt->get_name(true, false))
                             : CLI::Formatter::make_option_name(opt, is_positional);
    }

    /// CLI11 appends English notes about option counts here; Candor does not use them.
    std::string make_description(const CLI::App* app) const override {
        const std::string desc = app->get_description();
        return desc.empty() ? std::string{} : desc + "\n";
    }
};

/// The option called `name` on `app` or any of its subcommands; nullptr when none is.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
    if (name.empty()) {
        return nullptr;
    }
    if (const CLI::Option* o = app.get_option_no_throw(name)) {
        return o;
    }
    // The command given first: its own option, not another command's of the same name (report
    // and analyze both have --output).
    for (const CLI::App* sub : app.get_subcommands()) {
        if (const CLI::Option* o = find_option(*sub, name)) {
            return o;
        }
    }
    for (const CLI::App* sub : app.get_subcommands({})) {
        if (const CLI::Option* o = find_option(*sub, name)) {
            return o;
        }
    }
    return nullptr;
}

/// The help text of option `name` (already translated), or empty.
std::string accepts(const CLI::App& app, const std::string& name) {
    const CLI::Option* o = find_option(app, name);
    return o == nullptr ? std::string{} : o->get_description();
}

/// "NAME: what it accepts" or just NAME.
std::string with_accepted(const CLI::App& app, const std::string& name, const std::string& msg) {
    const std::string what = accepts(app, name);
    if (what.empty()) {
        return msg;
    }
    // TRANSLATORS: a command-line error; {0} says what is wrong, {1} is the option's help text
    // (what it accepts).
    return fmt::format(fmt::runtime(tr("{0} ({1})")), msg, what);
}

std::string command_names(const CLI::App& app) {
    std::string names;
    for (const CLI::App* sub : app.get_subcommands({})) {
        if (!sub->get_name().empty()) {
            names += (names.empty() ? "" : ", ") + sub->get_name();
        }
    }
    return names;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// The text after the first ": ", or the whole text.
std::string after_colon(const std::string& s) {
    const auto pos = s.find(": ");
    return pos == std::string::npos ? s : s.substr(pos + 2);
}

/// The text before the first ": " (CLI11 starts most messages with the option's name).
std::string before_colon(const std::string& s) {
    const auto pos = s.find(": ");
    return pos == std::string::npos ? std::string{} : s.substr(0, pos);
}

/// The first word (up to a space) of s.
std::string first_word(const std::string& s) {
    return s.substr(0, s.find(' '));
}

} // namespace

void use_translated_help(CLI::App& app) {
    app.formatter(std::make_shared<TranslatedFormatter>());
    // TRANSLATORS: heading of the options in the command-line help.
    app.option_defaults()->group(tr("Options"));
    // TRANSLATORS: help of the --help flag.
    app.set_help_flag("-h,--help", tr("Print this help and exit"));
    // Subcommands inherit the group of the app that creates them.
    // TRANSLATORS: heading of the list of commands (analyze, report, ...) in the help.
    app.group(tr("Commands"));
}

void translate_help_groups(CLI::App& app) {
    // CLI11 gives a subcommand its --help flag before it copies the option defaults, so that
    // flag alone would stay in the English group "Options".
    for (CLI::App* sub : app.get_subcommands({})) {
        if (CLI::Option* help = sub->get_help_ptr()) {
            help->group(tr("Options"));
        }
        translate_help_groups(*sub);
    }
}

std::string empty_value_message(const CLI::App& app) {
    for (const CLI::App* sub : app.get_subcommands()) {
        for (const CLI::Option* o : sub->get_options()) {
            const auto& given = o->results();
            if (o->get_expected_min() > 0 &&
                std::any_of(given.begin(), given.end(), [](const auto& v) { return v.empty(); })) {
                const std::string name = o->get_name();
                return with_accepted(app, name,
                                     fmt::format(fmt::runtime(tr("{0} needs a value")), name));
            }
        }
        if (std::string msg = empty_value_message(*sub); !msg.empty()) {
            return msg;
        }
    }
    return {};
}

std::string parse_error_message(const CLI::ParseError& error, const CLI::App& app) {
    const std::string what = error.what();
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
        if (starts_with(what, "A subcommand") || starts_with(what, "Requires at least")) {
            // TRANSLATORS: command-line error; {0} lists the commands (analyze, report, ...).
            return fmt::format(fmt::runtime(tr("a command is required: one of {0}")),
                               command_names(app));
        }
        const std::string suffix = " is required";
        if (ends_with(what, suffix)) {
            const std::string name = what.substr(0, what.size() - suffix.size());
            // TRANSLATORS: command-line error; {0} is an option such as --output.
            return with_accepted(app, name, fmt::format(fmt::runtime(tr("{0} is required")), name));
        }
    } else if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
        // CLI11's message lists the arguments last first; remaining() has them as typed.
        const std::vector<std::string> rest = app.remaining(true);
        const std::string args =
            rest.empty() ? after_colon(what) : fmt::format("{}", fmt::join(rest, " "));
        // CLI11 names the subcommand first when the argument came after one: "[report] ...".
        std::string command;
        if (starts_with(what, "[")) {
            command = what.substr(1, what.find(']') - 1);
        } else if (!app.get_subcommands().empty()) {
            // Unknown flags after a command fall through to the top level: name that command.
            command = app.get_subcommands().front()->get_name();
        }
        const std::string shown = command.empty() ? "candor-cli" : "candor-cli " + command;
        // TRANSLATORS: command-line error; {0} the arguments not understood, {1} the command
        // whose --help lists what it accepts, e.g. "candor-cli report".
        return fmt::format(
            fmt::runtime(tr("unexpected argument: {0} (\"{1} --help\" lists what is accepted)")),
            args, shown);
    } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr &&
               what.find("At Most") != std::string::npos) {
        // "--days: At Most 1 required but received 2": the option was given twice.
        // TRANSLATORS: command-line error; {0} an option given more than once ("--days").
        return with_accepted(
            app, before_colon(what),
            fmt::format(fmt::runtime(tr("{0} was given more than once; give it once")),
                        before_colon(what)));
    } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
        std::string name = before_colon(what);
        if (name.empty()) {
            // "Expected exactly 1 arguments to NAME, got 0"
            const auto pos = what.find(" to ");
            if (pos != std::string::npos) {
                name = what.substr(pos + 4, what.find(',', pos) - pos - 4);
            }
        }
        if (name.empty()) {
            name = first_word(what);
        }
        // TRANSLATORS: command-line error; {0} is an option given without its value.
        return with_accepted(app, name, fmt::format(fmt::runtime(tr("{0} needs a value")), name));
    } else if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr ||
               dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
        std::string name;
        std::string value;
        if (starts_with(what, "Could not convert: ")) {
            const std::string rest = what.substr(19);
            const auto eq = rest.find(" = ");
            name = rest.substr(0, eq);
            value = eq == std::string::npos ? std::string{} : rest.substr(eq + 3);
        } else if (starts_with(what, "The value ")) {
            const auto pos = what.find(" is not an allowed value for ");
            if (pos != std::string::npos) {
                value = what.substr(10, pos - 10);
                name = what.substr(pos + 29);
            }
        } else {
            name = before_colon(what);
        }
        if (name.empty()) {
            name = first_word(what);
        }
        if (value.empty()) {
            // TRANSLATORS: command-line error; {0} is an option whose value was not accepted.
            return with_accepted(app, name,
                                 fmt::format(fmt::runtime(tr("{0}: invalid value")), name));
        }
        // TRANSLATORS: command-line error; {0} an option, {1} the value given.
        return with_accepted(
            app, name, fmt::format(fmt::runtime(tr("{0}: invalid value '{1}'")), name, value));
    } else if (dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr) {
        const auto pos = what.find(" excludes ");
        if (pos != std::string::npos) {
            // TRANSLATORS: command-line error; {0} and {1} are options.
            return fmt::format(fmt::runtime(tr("{0} and {1} cannot be used together")),
                               what.substr(0, pos), what.substr(pos + 10));
        }
    } else if (dynamic_cast<const CLI::RequiresError*>(&error) != nullptr) {
        const auto pos = what.find(" requires ");
        if (pos != std::string::npos) {
            // TRANSLATORS: command-line error; {0} and {1} are options.
            return fmt::format(fmt::runtime(tr("{0} can only be used with {1}")),
                               what.substr(0, pos), what.substr(pos + 10));
        }
    }
    // TRANSLATORS: command-line error of an unforeseen kind; {0} is the parser's own
    // (English) description.
    return fmt::format(fmt::runtime(tr("invalid command line: {0}")), what);
}

} // namespace candor::cli
