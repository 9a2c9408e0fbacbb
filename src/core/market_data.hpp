#pragma once
/// \file market_data.hpp
/// Benchmark figures per asset class (long-run returns, best and worst years, current yields),
/// each with its source. The default is data/benchmarks.json compiled into the program; a
/// user file with the same schema replaces it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace candor::core {

struct Source {
    std::string title;
    std::string publisher;
    std::string url;
    std::string date; ///< when the source was published or read, "YYYY-MM" or "YYYY-MM-DD"
};

struct YearReturn {
    int year = 0;
    double value = 0.0; ///< fraction
};

struct CurrentFigure {
    double value = 0.0; ///< fraction per year
    std::string as_of;  ///< "2025", "2025-12-31"
    std::string what;   ///< what exactly the figure is
};

struct AssetClass {
    std::string id;   ///< "tbill_3m"
    std::string name; ///< English display name; front ends translate it
    std::string kind; ///< "return" or "inflation"
    /// What kind of asset it is, for pick-lists: "cash_bonds", "commodities", "equities",
    /// "real_estate", "crypto" or "other" (the default when the file gives none).
    std::string group;
    /// Other names accepted for this class in a claimed mix ("bonds", "gold", ...).
    std::vector<std::string> aliases;
    double arithmetic_mean = 0.0;
    double geometric_mean = 0.0;
    /// Standard deviation of the annual returns, where the data file gives it.
    std::optional<double> volatility;
    std::string period; ///< "1928-2025"
    int first_year = 0; ///< parsed from period
    int last_year = 0;  ///< parsed from period
    YearReturn best_year;
    YearReturn worst_year;
    std::optional<CurrentFigure> current;
    Source source;
    std::string confidence; ///< "high", "medium" or "low" (see docs/data.md); may be empty
    std::string note;       ///< how the figures were derived and checked; may be empty

    bool is_return() const { return kind == "return"; }
};

/// A real-world amount in US dollars that a rolled-over balance can be set beside
/// (a country's GDP, world GDP, the US money stock).
struct Magnitude {
    std::string id;     ///< "world_gdp"
    std::string name;   ///< English display name; front ends translate it
    double value = 0.0; ///< US dollars
    std::string as_of;
    Source source;
    std::string confidence;
    std::string note;
};

class MarketData {
  public:
    /// The built-in data (data/benchmarks.json as compiled in).
    static const MarketData& builtin();
    /// Parses and validates a benchmarks file. \throws DataError naming key and line.
    static MarketData parse(std::string_view json_text, const std::string& file_name);
    /// Reads and parses a file. \throws DataError (also when unreadable).
    static MarketData load_file(const std::string& path);

    const std::vector<AssetClass>& asset_classes() const { return classes_; }
    /// Real-world magnitudes, smallest first.
    const std::vector<Magnitude>& magnitudes() const { return magnitudes_; }
    const AssetClass* find(std::string_view id) const;
    /// Looks a class up by id or by one of its aliases; nullptr when neither matches.
    const AssetClass* resolve(std::string_view id_or_alias) const;
    /// The ids of the classes that may appear in a claimed mix (kind "return"), in file order.
    std::vector<std::string> mix_ids() const;
    /// \throws DataError when the id is absent.
    const AssetClass& get(std::string_view id) const;

    /// The default benchmark's current annual yield (the 3-month T-bill in the built-in data).
    const AssetClass& default_benchmark() const { return get(default_benchmark_); }
    /// The default inflation series (US CPI in the built-in data).
    const AssetClass& default_inflation() const { return get(default_inflation_); }

    const std::string& file_name() const { return file_name_; }

  private:
    std::vector<AssetClass> classes_;
    std::vector<Magnitude> magnitudes_;
    std::string default_benchmark_;
    std::string default_inflation_;
    std::string file_name_;
};

/// Reads a whole file as text, at most max_document_bytes (limits.hpp). \throws DataError when
/// it cannot be read or is larger.
std::string read_text_file(const std::string& path);

} // namespace candor::core
