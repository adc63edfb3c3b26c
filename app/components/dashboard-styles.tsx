// Layout and print rules of the dashboard, kept beside its components. In print: navigation
// and filters hidden, each figure kept on one page, chart and table one under the other.
const CSS = `
.dashboard-filters__grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: var(--ds-size-3); }
.dashboard-filters__field { display: flex; flex-direction: column; gap: var(--ds-size-1); }
.dashboard-filters__actions { display: flex; gap: var(--ds-size-4); align-items: center; margin-top: var(--ds-size-3); }
.dashboard-section { display: flex; flex-direction: column; gap: var(--ds-size-6); }
.chart-figure { border-top: 1px solid var(--ds-color-neutral-border-subtle); padding-top: var(--ds-size-4); display: flex; flex-direction: column; gap: var(--ds-size-2); }
.chart-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: var(--ds-size-4); align-items: start; }
.chart-canvas { position: relative; width: 100%; }
.chart-table-scroll { max-height: 24rem; overflow: auto; }
.chart-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.chart-table caption { text-align: left; font-weight: 600; padding-bottom: var(--ds-size-1); }
.chart-downloads { display: flex; gap: var(--ds-size-4); align-items: center; flex-wrap: wrap; }
@media (max-width: 48rem) { .chart-body { grid-template-columns: 1fr; } }
@media print {
  .sub-nav, .site-footer, .dashboard-filters, .chart-downloads { display: none !important; }
  .chart-figure { break-inside: avoid; page-break-inside: avoid; }
  .chart-body { grid-template-columns: 1fr; }
  .chart-canvas { max-width: 100%; }
  .chart-table-scroll { max-height: none; overflow: visible; }
  .chart-texts { display: block; }
  .chart-texts > ul { display: block; }
  .dashboard-section > h2 { break-before: page; }
  .dashboard-section:first-of-type > h2 { break-before: auto; }
}
`;

export function DashboardStyles() {
  return <style dangerouslySetInnerHTML={{ __html: CSS }} />;
}
