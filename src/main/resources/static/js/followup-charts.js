/*
 * Follow-up charts (Chart.js 4, loaded before this file). Each canvas carries its numbers as JSON in data-chart,
 * because the Content-Security-Policy allows no inline script. The tables beside the charts hold the same numbers
 * and are what screen readers and pages without JavaScript use.
 */
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var root = getComputedStyle(document.documentElement);
  function colour(name, fallback) {
    return (root.getPropertyValue(name) || '').trim() || fallback;
  }
  var brand = colour('--brand', '#0f6e6a');
  var ok = colour('--ok', '#1f7a3a');
  var muted = colour('--muted', '#5b6876');
  var ink = colour('--ink', '#1c2530');
  Chart.defaults.font.family = root.fontFamily;
  Chart.defaults.color = ink;
  Chart.defaults.animation = false;

  var reachedFill = { '50': ok, '30': '#6fbf73', mcid: '#6fbf73', none: '#ffffff' };
  var reachedWords = {
    '50': 'at least 50 % better than baseline',
    '30': 'at least 30 % better than baseline',
    mcid: 'reaches the MCID',
    none: 'no responder threshold reached'
  };

  function line(d, value) {
    return [{ x: 0, y: value }, { x: d.lastMonth, y: value }];
  }

  function trajectory(canvas, d) {
    var datasets = [];
    if (d.threshold !== null) {
      datasets.push({
        label: 'MCID threshold (' + d.threshold + ')', data: line(d, d.threshold),
        borderColor: ok, borderWidth: 1.5, borderDash: [2, 4], pointRadius: 0, fill: false, order: 3
      });
    }
    if (d.baseline !== null) {
      datasets.push({
        label: 'Baseline (' + d.baseline + ')', data: line(d, d.baseline),
        borderColor: muted, borderWidth: 1.5, borderDash: [6, 4], pointRadius: 0, order: 2,
        fill: d.threshold !== null ? '-1' : false, backgroundColor: 'rgba(31, 122, 58, 0.10)'
      });
    }
    var scores = d.points;
    datasets.push({
      label: d.title, data: scores, borderColor: brand, borderWidth: 2.5, order: 1, clip: false,
      pointRadius: 6, pointHoverRadius: 8, pointBorderColor: brand, pointBorderWidth: 2,
      pointStyle: function (ctx) { return scores[ctx.dataIndex] && scores[ctx.dataIndex].late ? 'triangle' : 'circle'; },
      pointBackgroundColor: function (ctx) {
        var r = scores[ctx.dataIndex] && scores[ctx.dataIndex].reached;
        return r ? reachedFill[r] : brand;
      }
    });
    var tickLabels = {};
    d.ticks.forEach(function (t) { tickLabels[t.x] = t.label; });
    new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, parsing: true,
        layout: { padding: { top: 8, right: 12 } },
        scales: {
          x: {
            type: 'linear', min: 0, max: d.lastMonth,
            title: { display: true, text: 'Months after the procedure (baseline at 0)' },
            afterBuildTicks: function (axis) {
              axis.ticks = d.ticks.map(function (t) { return { value: t.x }; });
            },
            ticks: { autoSkip: false, callback: function (value) { return value in tickLabels ? String(value) : ''; } }
          },
          y: {
            min: Number(d.min), max: Number(d.max),
            title: { display: true, text: d.lowerIsBetter ? 'Score (lower is better)' : 'Score (higher is better)' }
          }
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
          tooltip: {
            filter: function (item) { return item.datasetIndex === datasets.length - 1; },
            callbacks: {
              title: function (items) { return scores[items[0].dataIndex].label; },
              label: function (item) {
                var p = scores[item.dataIndex];
                var text = 'Score ' + p.y + (p.late ? ' (late)' : '');
                return p.reached ? text + ': ' + reachedWords[p.reached] : text;
              }
            }
          }
        }
      }
    });
  }

  function completion(canvas, d) {
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: d.labels,
        datasets: [
          {
            type: 'line', label: 'Answered (%)', data: d.rates, showLine: false, pointRadius: 6, clip: false,
            pointBackgroundColor: brand, borderColor: brand, order: 1
          },
          {
            label: '95 % interval (Wilson)', data: d.intervals, backgroundColor: 'rgba(15, 110, 106, 0.18)',
            borderColor: 'rgba(15, 110, 106, 0.45)', borderWidth: 1, barPercentage: 0.35, order: 2
          }
        ]
      },
      options: {
        responsive: true, maintainAspectRatio: false, layout: { padding: { top: 8 } },
        scales: { y: { min: 0, max: 100, title: { display: true, text: '% of enrolled who answered' } } },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
          tooltip: {
            callbacks: {
              footer: function (items) { return 'n = ' + d.enrolled[items[0].dataIndex] + ' enrolled'; }
            }
          }
        }
      }
    });
  }

  document.querySelectorAll('canvas.trajectory-chart').forEach(function (canvas) {
    trajectory(canvas, JSON.parse(canvas.dataset.chart));
  });
  document.querySelectorAll('canvas.completion-chart').forEach(function (canvas) {
    completion(canvas, JSON.parse(canvas.dataset.chart));
  });
}());
