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

  function constant(labels, value) {
    return labels.map(function () { return value; });
  }

  function trajectory(canvas, d) {
    var datasets = [];
    if (d.threshold !== null) {
      datasets.push({
        label: 'MCID threshold (' + d.threshold + ')', data: constant(d.labels, d.threshold),
        borderColor: ok, borderWidth: 1.5, borderDash: [2, 4], pointRadius: 0, fill: false, order: 3
      });
    }
    if (d.baseline !== null) {
      datasets.push({
        label: 'Baseline (' + d.baseline + ')', data: constant(d.labels, d.baseline),
        borderColor: muted, borderWidth: 1.5, borderDash: [6, 4], pointRadius: 0, order: 2,
        fill: d.threshold !== null ? '-1' : false, backgroundColor: 'rgba(31, 122, 58, 0.10)'
      });
    }
    datasets.push({
      label: d.title, data: d.scores, spanGaps: true, borderColor: brand, borderWidth: 2.5, order: 1,
      pointRadius: 6, pointHoverRadius: 8, pointBorderColor: brand, pointBorderWidth: 2,
      pointStyle: d.late.map(function (late) { return late ? 'triangle' : 'circle'; }),
      pointBackgroundColor: d.reached.map(function (r) { return r ? reachedFill[r] : brand; })
    });
    new Chart(canvas, {
      type: 'line',
      data: { labels: d.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false,
        scales: {
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
              label: function (item) {
                var i = item.dataIndex;
                var text = 'Score ' + item.formattedValue + (d.late[i] ? ' (late)' : '');
                return d.reached[i] ? text + ': ' + reachedWords[d.reached[i]] : text;
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
            type: 'line', label: 'Answered (%)', data: d.rates, showLine: false, pointRadius: 6,
            pointBackgroundColor: brand, borderColor: brand, order: 1
          },
          {
            label: '95 % interval (Wilson)', data: d.intervals, backgroundColor: 'rgba(15, 110, 106, 0.18)',
            borderColor: 'rgba(15, 110, 106, 0.45)', borderWidth: 1, barPercentage: 0.35, order: 2
          }
        ]
      },
      options: {
        responsive: true, maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, title: { display: true, text: '% of enrolled who answered' } } },
        plugins: {
          legend: { position: 'bottom' },
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
