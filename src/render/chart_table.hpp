#pragma once
/// \file chart_table.hpp
/// A chart's data as a table: what a reader who cannot see the chart (keyboard and screen
/// reader users) reads instead, and what is copied to paste into a spreadsheet. Built from the
/// same ChartData the chart is drawn from, so the two cannot disagree.

#include "render/chart.hpp"

#include <array>
#include <string>
#include <vector>

namespace candor::render {

struct ChartTable {
    /// Three translated headings: what the row is (a line, the bars or a reference line), the
    /// x axis's title, the y axis's title.
    std::array<std::string, 3> headings;
    /// One row per plotted point (line, x, y), per bar of a histogram (bars, "from – to" on x,
    /// probability) and per reference line (its label; its value on its own axis, the other
    /// cell empty), with numbers written in the current language.
    std::vector<std::array<std::string, 3>> rows;
};

/// The table of `data` (see ChartTable).
ChartTable chart_table(const ChartData& data);

/// The table as tab-separated text: the headings, then the rows, one line each ("\n").
std::string to_tab_separated(const ChartTable& table);

/// A value as the table writes it for `axis`: money and numbers with two decimals (the unit is
/// in the heading), percentages with two, days whole, a log-scale value as the amount itself
/// (in words from 10^15 up, as present::large_number writes it).
std::string table_value(double value, const Axis& axis);

} // namespace candor::render
