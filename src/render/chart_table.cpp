#include "render/chart_table.hpp"

#include "i18n/tr.hpp"
#include "present/number_format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace candor::render {

using i18n::tr;

std::string table_value(double value, const Axis& axis) {
    if (!std::isfinite(value)) {
        return "—";
    }
    switch (axis.format) {
    case AxisFormat::Percent:
        return present::percent(value, 2);
    case AxisFormat::Days:
        return present::number(value, 0);
    case AxisFormat::Power10:
        return value < 15.0 ? present::number(std::pow(10.0, value), 0)
                            : present::large_number(value);
    case AxisFormat::Years:
    case AxisFormat::Money:
    case AxisFormat::Number:
        return present::number(value, 2);
    }
    return present::number(value, 2);
}

ChartTable chart_table(const ChartData& data) {
    ChartTable t;
    // TRANSLATORS: heading of the first column of a chart's data table: which line, bars or
    // reference line the row belongs to.
    t.headings = {tr("Series"), data.x.label, data.y.label};
    for (const Series& s : data.series) {
        for (const Point& p : s.points) {
            t.rows.push_back({s.label, table_value(p.x, data.x), table_value(p.y, data.y)});
        }
    }
    if (!data.bins.empty()) {
        // The histogram's bars are its one series (its legend entry names them).
        const std::string name = data.series.empty() ? std::string() : data.series.front().label;
        for (const HistogramBin& b : data.bins) {
            // TRANSLATORS: a range of values in a chart's data table, {0} from, {1} up to.
            t.rows.push_back(
                {name,
                 fmt::format(fmt::runtime(tr("{0} to {1}")), table_value(b.lower, data.x),
                             table_value(b.upper, data.x)),
                 table_value(b.probability, data.y)});
        }
    }
    for (const Rung& r : data.rungs) {
        t.rows.push_back({r.label, r.detail, r.value});
    }
    for (const Mark& m : data.marks) {
        t.rows.push_back({m.label, std::string(), table_value(m.value, data.y)});
    }
    for (const Mark& m : data.x_marks) {
        t.rows.push_back({m.label, table_value(m.value, data.x), std::string()});
    }
    return t;
}

std::string to_tab_separated(const ChartTable& table) {
    const auto line = [](const std::array<std::string, 3>& cells) {
        return cells[0] + '\t' + cells[1] + '\t' + cells[2] + '\n';
    };
    std::string out = line(table.headings);
    for (const auto& row : table.rows) {
        out += line(row);
    }
    return out;
}

} // namespace candor::render
