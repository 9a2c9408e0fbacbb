#include "commands.hpp"
#include "exit_codes.hpp"
#include "offer_options.hpp"
#include "offer_results.hpp"
#include "scenario_options.hpp"
#include "text_view.hpp"

#include "core/analysis.hpp"
#include "core/disclosures.hpp"
#include "core/evaluation.hpp"
#include "core/examples.hpp"
#include "core/input_error.hpp"
#include "core/offer_file.hpp"
#include "core/offer_stream.hpp"
#include "core/output_file.hpp"
#include "core/request.hpp"
#include "core/scenario_data.hpp"
#include "i18n/tr.hpp"
#include "present/analysis_csv.hpp"
#include "present/analysis_json.hpp"
#include "present/disclosure_text.hpp"
#include "present/offer_label.hpp"
#include "present/offer_record.hpp"
#include "present/ponzi_text.hpp"
#include "present/visible_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <csignal>
#include <cstddef>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace candor::cli {

namespace {

struct AnalyzeFlags {
    OfferFlags offer;
    std::string file;
    std::string input_format; ///< candor, jsonl or csv; empty: from the file's name
    std::string format = "text";
    std::string output = "-";
    std::string scenario;
    bool scenario_all = false;
};

/// Set by SIGINT while offers are analysed; checked between offers.
volatile std::sig_atomic_t interrupt_requested = 0;

extern "C" void on_interrupt(int /*signal*/) {
    interrupt_requested = 1;
}

/// SIGINT sets interrupt_requested while this lives (a second Ctrl-C ends the program as
/// usual). Without SA_RESTART, so that a read waiting on a pipe returns.
class InterruptGuard {
  public:
    InterruptGuard() {
        interrupt_requested = 0;
        struct sigaction sa {};
        sa.sa_handler = on_interrupt;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        installed_ = ::sigaction(SIGINT, &sa, &old_) == 0;
    }
    ~InterruptGuard() {
        if (installed_) {
            ::sigaction(SIGINT, &old_, nullptr);
        }
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

  private:
    struct sigaction old_ {};
    bool installed_ = false;
};

/// Where the output goes: standard output (through the program's buffered stream) or the file
/// of -o (core::OutputFile).
class Sink {
  public:
    explicit Sink(std::ostream& out) : out_(&out) {}
    explicit Sink(core::OutputFile& file) : file_(&file) {}
    void write(std::string_view bytes) {
        if (file_ != nullptr) {
            file_->write(bytes);
        } else {
            out_->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        }
    }
    /// False once standard output failed (a full disk): no point analysing on.
    bool good() const { return file_ != nullptr || out_->good(); }

  private:
    std::ostream* out_ = nullptr;
    core::OutputFile* file_ = nullptr;
};

/// Writes the records of analysed offers one by one, in the format asked for; the same
/// records, in the same bytes, whether the offers came from a .candor file or a stream.
class RecordWriter {
  public:
    RecordWriter(std::string format, bool many, Sink& sink)
        : format_(std::move(format)), many_(many), sink_(sink) {}

    void add(const core::OfferResult& r) {
        line_.clear();
        if (format_ == "jsonl") {
            present::append_offer_record_json(r, line_, -1);
            line_ += '\n';
        } else if (format_ == "json") {
            if (!many_) {
                present::append_offer_record_json(r, line_, 2);
                line_ += '\n';
            } else {
                // An element of the "offers" array: each of its lines four spaces in.
                line_ = count_ == 0 ? "{\n  \"schema_version\": " +
                                          std::to_string(present::analysis_schema_version) +
                                          ",\n  \"offers\": [\n"
                                    : ",\n";
                line_ += "    ";
                present::append_offer_record_json(r, line_, 2, 2);
            }
        } else if (format_ == "csv") {
            present::append_offer_record_csv(r, line_, count_ == 0);
            if (count_ == 0) { // the header's names hold no comma
                columns_ =
                    static_cast<std::size_t>(std::count(
                        line_.begin(),
                        line_.begin() + static_cast<std::ptrdiff_t>(line_.find('\n')), ',')) +
                    1;
            }
        } else {
            text_.str({});
            if (count_ > 0) {
                text_ << "\n" << std::string(72, '-') << "\n\n";
            }
            print_verdict_text(r.evaluation.verdict, text_);
            print_analysis_text(r.analysis(), text_, r.evaluation.plausible);
            if (r.scenario) {
                print_scenario_summary(*r.scenario, r.analysis().offer.principal.asset(), text_);
            }
            if (r.ponzi) {
                print_ponzi_text(*r.ponzi, text_);
            }
            print_disclosures_text(present::render(r.evaluation.disclosures), text_);
            line_ = text_.str();
        }
        sink_.write(line_);
        ++count_;
    }

    /// The end of a complete run.
    void finish() {
        if (format_ == "json" && many_) {
            sink_.write("\n  ]\n}\n");
        } else if (format_ == "text") {
            text_.str({});
            print_learning_notice(text_);
            sink_.write(text_.str());
        }
    }

    /// The end of a run stopped by Ctrl-C: the last record says so (docs/cli.md).
    void interrupted() {
        const std::string n = std::to_string(count_);
        if (format_ == "jsonl") {
            sink_.write(R"({"interrupted":true,"offers_written":)" + n + "}\n");
        } else if (format_ == "json") {
            std::string tail = count_ == 0 ? "{\n  \"schema_version\": " +
                                                 std::to_string(present::analysis_schema_version) +
                                                 ",\n  \"offers\": []"
                                           : "\n  ]";
            tail += ",\n  \"interrupted\": true,\n  \"offers_written\": " + n + "\n}\n";
            sink_.write(tail);
        } else if (format_ == "csv") {
            sink_.write("#interrupted" + std::string(columns_ > 0 ? columns_ - 1 : 0, ',') +
                        "\r\n");
        } else {
            // TRANSLATORS: the last line when Ctrl-C stopped `analyze`; {0} a count.
            const std::string line =
                fmt::format(fmt::runtime(i18n::trn("Interrupted after {0} offer.",
                                                   "Interrupted after {0} offers.", count_)),
                            count_);
            sink_.write((count_ > 0 ? "\n" : "") + line + "\n");
        }
    }

    std::size_t count() const { return count_; }

  private:
    std::string format_;
    bool many_;
    Sink& sink_;
    std::size_t count_ = 0;
    std::size_t columns_ = 0;
    std::string line_;
    std::ostringstream text_;
};

/// The input format of FILE: --input-format, else its extension (.jsonl, .ndjson, .csv; "-"
/// reads JSON Lines), else a .candor document.
std::string input_format_of(const AnalyzeFlags& f) {
    if (!f.input_format.empty()) {
        if (f.input_format != "candor" && f.input_format != "jsonl" && f.input_format != "csv") {
            throw core::InputError("--input-format", CANDOR_N_("candor, jsonl or csv"),
                                   f.input_format);
        }
        return f.input_format;
    }
    const auto ends = [&](std::string_view ext) {
        return f.file.size() > ext.size() &&
               std::equal(ext.rbegin(), ext.rend(), f.file.rbegin(), [](char a, char b) {
                   return a == std::tolower(static_cast<unsigned char>(b));
               });
    };
    if (f.file == "-" || ends(".jsonl") || ends(".ndjson")) {
        return "jsonl";
    }
    return ends(".csv") ? "csv" : "candor";
}

/// Analyses every offer of FILE, one at a time, writing each record as soon as it is made.
/// Returns the exit code.
int analyze_file(const AnalyzeFlags& f, RecordWriter& writer, Sink& sink) {
    if (f.offer.example_opt != nullptr && f.offer.example_opt->count() > 0) {
        throw core::InputError("--example",
                               CANDOR_N_("either a .candor file or --example, not both"), f.file);
    }
    const std::string input = input_format_of(f);
    const auto market = market_data(f.offer);
    const auto policy =
        f.scenario_all ? core::ScenarioPolicy::Force : core::ScenarioPolicy::Fallback;
    const std::vector<core::Claim> flag_claims = file_flag_claims(f.offer, f.scenario);
    const core::Assumptions defaults = default_assumptions(f.offer, *market);
    const InterruptGuard guard;
    // Only what the records write: no quantiles, outcome distribution or rate ladder.
    core::ExecutionSettings settings;
    settings.record_only = true;
    const auto run = [&](auto&& next) -> int {
        core::OfferEntry entry;
        while (interrupt_requested == 0 && sink.good() && next(entry)) {
            writer.add(
                core::execute(core::request_of(std::move(entry), flag_claims, f.scenario, policy),
                              *market, settings));
            entry = {}; // moved from: empty again for the next one
        }
        if (interrupt_requested != 0) {
            writer.interrupted();
            return Interrupted;
        }
        if (writer.count() == 0 && sink.good()) {
            throw core::InputError("FILE", CANDOR_N_("a file with at least one offer"), f.file);
        }
        writer.finish();
        return Success;
    };
    if (input == "candor") {
        core::OfferSet set = core::load_offer_set(f.file, defaults);
        if (set.offers.empty()) {
            throw core::InputError("FILE", CANDOR_N_("a .candor file with at least one offer"),
                                   f.file);
        }
        std::size_t i = 0;
        return run([&](core::OfferEntry& e) {
            if (i == set.offers.size()) {
                return false;
            }
            e = std::move(set.offers[i++]);
            return true;
        });
    }
    core::OfferStream stream(
        f.file, input == "csv" ? core::StreamFormat::Csv : core::StreamFormat::JsonLines, defaults,
        &interrupt_requested);
    return run([&](core::OfferEntry& e) { return stream.next(e); });
}

int analyze(const AnalyzeFlags& f, Context& ctx) {
    if (f.format != "text" && f.format != "json" && f.format != "jsonl" && f.format != "csv") {
        throw core::InputError("--format", CANDOR_N_("text, json, jsonl or csv"), f.format);
    }
    std::optional<core::OutputFile> file;
    if (f.output != "-") {
        file.emplace(f.output);
    }
    Sink sink = file ? Sink(*file) : Sink(ctx.out);
    RecordWriter writer(f.format, !f.file.empty(), sink);
    int code = Success;
    if (f.file.empty()) {
        const Request req = build_request(f.offer);
        core::ExecutionSettings settings;
        settings.record_only = true;
        writer.add(core::execute(offer_request(req, f.offer, f.scenario), *req.market, settings));
        writer.finish();
    } else {
        code = analyze_file(f, writer, sink);
    }
    if (code == Interrupted) {
        // An interrupted -o run leaves the file it names as it was (nothing is committed); a
        // device or FIFO is written directly, so it gets the rest, the marker included.
        const bool direct = file && file->mode() == core::OutputFile::Mode::Direct;
        if (direct) {
            file->commit();
        }
        ctx.err << "candor-cli: "
                << (file && !direct
                        ? fmt::format(fmt::runtime(i18n::tr("interrupted; {0} was left as it was")),
                                      present::visible_text(f.output))
                        : i18n::tr("interrupted"))
                << '\n';
        return code;
    }
    if (file) {
        file->commit();
    }
    return code;
}

} // namespace

void add_analyze_command(CLI::App& app, Context& ctx) {
    auto flags = std::make_shared<AnalyzeFlags>();
    CLI::App* cmd = app.add_subcommand(
        "analyze", i18n::tr("What an advertised offer implies, beside a benchmark"));
    add_offer_options(*cmd, flags->offer);
    cmd->add_option("file", flags->file,
                    i18n::tr("A file of offers to analyse instead of the flags: .candor, JSON "
                             "Lines (.jsonl) or CSV (.csv); - reads JSON Lines from standard "
                             "input"));
    cmd->add_option("--input-format", flags->input_format,
                    i18n::tr("How FILE is written: candor, jsonl or csv (default: from its "
                             "name)"));
    cmd->add_option("--format", flags->format, i18n::tr("text (default), json, jsonl or csv"));
    cmd->add_option("-o,--output", flags->output,
                    i18n::tr("The file to write (default - , standard output)"));
    cmd->add_option("--scenario", flags->scenario,
                    i18n::tr("Add a counterparty preset's expected outcome"))
        ->type_name("NAME");
    add_scenario_all_flag(*cmd, flags->scenario_all);
    cmd->callback(
        [flags, &ctx] { ctx.action = [flags, &ctx]() -> int { return analyze(*flags, ctx); }; });
}

void add_examples_command(CLI::App& app, Context& ctx) {
    CLI::App* cmd = app.add_subcommand("examples", i18n::tr("List the built-in example offers"));
    cmd->callback([&ctx] {
        ctx.action = [&ctx]() -> int {
            for (const auto& e : core::builtin_examples()) {
                ctx.out << e.id << "  " << present::offer_name(e.offer.name) << '\n';
            }
            return Success;
        };
    });
}

} // namespace candor::cli
