// Layout of the assessment home and the regional page, kept beside their components.
const CSS = `
.report-steps { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: var(--ds-size-4); }
.report-step { border: 1px solid var(--ds-color-neutral-border-subtle); border-radius: var(--ds-border-radius-md); padding: var(--ds-size-4); display: flex; flex-direction: column; gap: var(--ds-size-2); }
.report-step p { margin: 0; }
.region-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: var(--ds-size-6); }
.region-chart-canvas { position: relative; width: 100%; height: 16rem; }
.report-num { text-align: right; font-variant-numeric: tabular-nums; }
`;

export function ReportStyles() {
  return <style dangerouslySetInnerHTML={{ __html: CSS }} />;
}
