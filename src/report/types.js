/**
 * Declarative figures and tables that experiments return from `report(run)`. The report layer
 * turns them into Vega-Lite specs, renders SVG headlessly and assembles report.html; the
 * browser lab reuses the same specs. Figures hold data, never drawing code.
 */
export {};
//# sourceMappingURL=types.js.map