import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

// Links styled as tabs: each tab is its own page, so they work without JavaScript.
type Tab = { to: string; label: string; end?: boolean };

export function DecisionTabs({ tabs, labelKey }: { tabs: Tab[]; labelKey: string }) {
  const { t } = useTranslation("decision");
  return (
    <nav aria-label={t(labelKey)} className="sub-nav no-print">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end ?? true}>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export const decisionTabs = (slug: string): Tab[] => [
  { to: `/m/${slug}/decision`, label: "page.tabs.ranking" },
  { to: `/m/${slug}/decision/matrix`, label: "page.tabs.matrix", end: false },
  { to: `/m/${slug}/decision/weights`, label: "page.tabs.weights", end: false },
  { to: `/m/${slug}/decision/sensitivity`, label: "page.tabs.sensitivity" },
];

export const weightTabs = (slug: string): Tab[] => [
  { to: `/m/${slug}/decision/weights`, label: "weightsPage.tabs.stakeholders" },
  { to: `/m/${slug}/decision/weights/points`, label: "weightsPage.tabs.points" },
  { to: `/m/${slug}/decision/weights/pairwise`, label: "weightsPage.tabs.pairwise" },
  { to: `/m/${slug}/decision/weights/ranks`, label: "weightsPage.tabs.ranks" },
];
