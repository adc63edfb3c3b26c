// A long page's table of contents: links to its sections, in a labelled navigation landmark.
export function SectionLinks({ label, links }: { label: string; links: Array<{ href: string; text: string } | false> }) {
  return (
    <nav aria-label={label}>
      <ul className="inline-links">
        {links
          .filter((l): l is { href: string; text: string } => Boolean(l))
          .map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.text}</a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
