/*
 * Registry charts (Chart.js 4, loaded before this file). Each canvas carries its numbers as JSON in data-chart,
 * because the Content-Security-Policy allows no inline script; the table beside each chart holds the same numbers
 * and is what screen readers and pages without JavaScript use. Each denominator is a series of points (the rate in
 * percent) with its 95 % interval drawn as a vertical bar through the point.
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
  var colours = [colour('--brand', '#0f6e6a'), '#8a5a00', '#4b5ea8'];
  var styles = ['circle', 'rect', 'triangle'];
  Chart.defaults.font.family = root.fontFamily;
  Chart.defaults.color = colour('--ink', '#1c2530');
  Chart.defaults.animation = false;

  var intervals = {
    id: 'intervals',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var y = chart.scales.y;
      chart.data.datasets.forEach(function (ds, i) {
        var meta = chart.getDatasetMeta(i);
        if (meta.hidden) {
          return;
        }
        ctx.save();
        ctx.strokeStyle = ds.borderColor;
        ctx.lineWidth = 1.5;
        ds.data.forEach(function (p, j) {
          var x = meta.data[j].x;
          var top = y.getPixelForValue(p.upper);
          var bottom = y.getPixelForValue(p.lower);
          ctx.beginPath();
          ctx.moveTo(x, top);
          ctx.lineTo(x, bottom);
          ctx.moveTo(x - 4, top);
          ctx.lineTo(x + 4, top);
          ctx.moveTo(x - 4, bottom);
          ctx.lineTo(x + 4, bottom);
          ctx.stroke();
        });
        ctx.restore();
      });
    }
  };

  function responders(canvas, d) {
    var datasets = d.series.map(function (s, i) {
      return {
        label: s.label, data: s.points, showLine: false, pointRadius: 5, pointHoverRadius: 7, clip: false,
        pointStyle: styles[i], borderColor: colours[i], backgroundColor: colours[i]
      };
    });
    new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      plugins: [intervals],
      options: {
        responsive: true, maintainAspectRatio: false, layout: { padding: { top: 12, right: 8 } },
        scales: {
          x: {
            type: 'linear', min: -0.5, max: d.labels.length - 0.5,
            afterBuildTicks: function (axis) {
              axis.ticks = d.labels.map(function (l, i) { return { value: i }; });
            },
            ticks: { autoSkip: false, callback: function (value) { return d.labels[value]; } }
          },
          y: { min: 0, max: 100, title: { display: true, text: '% responders' } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
          tooltip: {
            callbacks: {
              title: function (items) { return d.labels[Math.round(items[0].raw.x)]; },
              label: function (item) {
                var p = item.raw;
                return item.dataset.label + ': ' + p.y + ' % (' + p.lower + '–' + p.upper + ' %), '
                    + p.count + ' of ' + p.of;
              }
            }
          }
        }
      }
    });
  }

  document.querySelectorAll('canvas.responder-chart').forEach(function (canvas) {
    responders(canvas, JSON.parse(canvas.dataset.chart));
  });
}());
