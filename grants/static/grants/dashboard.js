/* Charts of the plan dashboard. Data come from the page (json_script #chart-data); no network. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var L = data.labels;
  var lang = document.documentElement.lang || "vi";
  var vi = lang.indexOf("vi") === 0;
  var GREEN = "#1f7a4d", BLUE = "#0d6efd", TEAL = "#20c997", GREY = "#adb5bd", RED = "#dc3545", AMBER = "#fd7e14";

  function money(v) {
    if (v === null || v === undefined) return "";
    if (Math.abs(v) >= 1e9) return (v / 1e9).toLocaleString(lang, {maximumFractionDigits: 2}) + (vi ? " tỷ ₫" : " bn ₫");
    if (Math.abs(v) >= 1e6) return (v / 1e6).toLocaleString(lang, {maximumFractionDigits: 0}) + (vi ? " tr ₫" : " M ₫");
    return v.toLocaleString(lang) + " ₫";
  }
  function full(v) { return v === null || v === undefined ? "" : v.toLocaleString(vi ? "vi-VN" : "en-US") + " ₫"; }
  function targetLine(label, values, colour, fill) {
    return {type: "line", label: label, data: values, borderColor: colour, backgroundColor: "rgba(31,122,77,.12)",
            borderDash: [6, 4], borderWidth: 2, pointRadius: 0, stepped: "middle", fill: fill || false, spanGaps: false};
  }
  function has(values) { return values && values.some(function (v) { return v !== null; }); }
  Chart.defaults.font.size = 13;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 14;

  // 1. Enterprises supported per year, with the target band (min–max) shaded.
  var firmSets = [{type: "bar", label: L.firms, data: data.firms.actual, order: 2,
    backgroundColor: data.firms.actual.map(function (v, i) {
      var low = data.firms.low[i];
      return low === null ? GREY : (v >= low ? GREEN : RED);
    })}];
  if (has(data.firms.low)) firmSets.push(targetLine(L.target_min, data.firms.low, AMBER));
  if (has(data.firms.high)) firmSets.push(targetLine(L.target_max, data.firms.high, AMBER, "-1"));
  new Chart(document.getElementById("chart-firms"), {
    data: {labels: data.years, datasets: firmSets},
    options: {scales: {y: {beginAtZero: true, ticks: {precision: 0}, suggestedMax: 4}},
              plugins: {legend: {position: "bottom", labels: {generateLabels: function (chart) {
                // The bars are coloured per year (met / not met); the legend shows them in the "met" colour.
                var items = Chart.defaults.plugins.legend.labels.generateLabels(chart);
                items.forEach(function (it) { if (it.datasetIndex === 0) { it.fillStyle = GREEN; it.strokeStyle = GREEN; } });
                return items;
              }}}}}
  });

  // 2. Funding: approved and disbursed per year (bars), running total since the period began (line),
  //    and the period target (dashed) on the same ₫ axis.
  var f = data.funding;
  var fundSets = [
    {type: "bar", label: L.approved, data: f.approved, backgroundColor: BLUE, order: 3},
    {type: "bar", label: L.disbursed, data: f.disbursed, backgroundColor: TEAL, order: 3},
    {type: "line", label: L.cumulative, data: f.cumulative, borderColor: GREEN, backgroundColor: GREEN, tension: .2, order: 1}
  ];
  if (has(f.low_period)) fundSets.push(targetLine(L.period_target_min, f.low_period, AMBER));
  if (has(f.high_period)) fundSets.push(targetLine(L.period_target_max, f.high_period, RED));
  if (has(f.low_year)) fundSets.push(targetLine(L.target_min, f.low_year, AMBER));
  new Chart(document.getElementById("chart-funding"), {
    data: {labels: data.years, datasets: fundSets},
    options: {scales: {y: {beginAtZero: true, ticks: {callback: money}}},
              plugins: {legend: {position: "bottom"},
                        tooltip: {callbacks: {label: function (c) { return c.dataset.label + ": " + full(c.parsed.y); }}}}}
  });

  // 3. Workshops held per year and since the period began, against "at least 5".
  if (data.workshops) {
    var w = data.workshops, wsSets = [
      {type: "bar", label: L.workshops, data: w.actual, backgroundColor: BLUE, order: 2},
      {type: "line", label: L.workshops_cum, data: w.cumulative, borderColor: GREEN, order: 1}];
    if (has(w.low_period)) wsSets.push(targetLine(L.period_target_min, w.low_period, AMBER));
    if (has(w.low_year)) wsSets.push(targetLine(L.target_min, w.low_year, AMBER));
    if (w.reference) wsSets.push(targetLine(w.reference.label, data.years.map(function () { return w.reference.value; }), AMBER));
    new Chart(document.getElementById("chart-workshops"), {
      data: {labels: data.years, datasets: wsSets},
      options: {scales: {y: {beginAtZero: true, suggestedMax: 5, ticks: {precision: 0}}}, plugins: {legend: {position: "bottom"}}}
    });
  }

  // 4. Meetings -> MoUs -> contracts.
  if (data.funnel) {
    new Chart(document.getElementById("chart-funnel"), {
      type: "bar",
      data: {labels: L.funnel.map(function (label, i) { return label + " (" + data.funnel[i] + ")"; }),
             datasets: [{data: data.funnel, backgroundColor: [BLUE, AMBER, GREEN]}]},
      options: {indexAxis: "y", scales: {x: {beginAtZero: true, ticks: {precision: 0}}}, plugins: {legend: {display: false}}}
    });
  }

  // 5. Needs published each year, and how many found a provider (an accepted interest); the share in the tooltip.
  var n = data.needs;
  new Chart(document.getElementById("chart-needs"), {
    data: {labels: data.years, datasets: [
      {type: "bar", label: L.published, data: n.published, backgroundColor: GREY},
      {type: "bar", label: L.matched, data: n.matched, backgroundColor: GREEN}]},
    options: {scales: {y: {beginAtZero: true, ticks: {precision: 0}}},
              plugins: {legend: {position: "bottom"},
                        tooltip: {callbacks: {footer: function (items) {
                          var s = n.share[items[0].dataIndex];
                          return s === null ? "" : L.share + ": " + s.toLocaleString(lang) + "%"; }}}}}
  });
})();
