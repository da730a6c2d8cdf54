// Draws every <canvas data-chart="{...}"> of a report page with Chart.js. The data comes from the
// attribute (written by the server as JSON), never from an inline script: the CSP forbids those.
(function () {
  var palette = ["#2f6fdf", "#f0a030", "#2a9d55", "#d0453a", "#6a4fc8", "#1aa3a3", "#c2489a", "#8c6d3f",
    "#5a7d2a", "#999999", "#3f5f9f", "#d98c5f"];

  function draw(canvas) {
    var spec = JSON.parse(canvas.dataset.chart);
    var round = spec.type === "doughnut" || spec.type === "pie";
    var datasets = spec.datasets.map(function (series) {
      return {
        label: series.label,
        data: series.data,
        backgroundColor: round ? palette : series.color,
        borderColor: round ? "#fff" : series.color,
        spanGaps: true,
        tension: 0.2
      };
    });
    var options = { responsive: true, maintainAspectRatio: false, animation: false };
    if (!round) {
      options.scales = {
        x: { stacked: spec.stacked, title: { display: !!spec.x, text: spec.x || "" } },
        y: { stacked: spec.stacked, beginAtZero: true, title: { display: !!spec.y, text: spec.y || "" } }
      };
    }
    new Chart(canvas, { type: spec.type, data: { labels: spec.labels, datasets: datasets }, options: options });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  });
})();
