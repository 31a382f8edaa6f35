import { site } from './site-data.ts';
import { Notice } from './notice.tsx';

/** The usage line of a `livery` command, straight from the CLI's registry (scripts/cli/livery.ts). */
export function CliUsage({ name }: { name: string }) {
  const command = site.cli.commands.find((c) => c.name === name);
  if (!command) {
    return (
      <Notice>
        <code>livery {name}</code> is not registered in this build of the CLI yet, so its usage cannot be shown.
        {site.cli.notice ? ` (${site.cli.notice})` : ''}
      </Notice>
    );
  }
  return (
    <div className="sb-unstyled lv-docs-block lv-docs-cli">
      <p>
        <code>livery {command.name}</code>: {command.summary}
      </p>
      <pre className="lv-docs-pre">
        <code>{command.usage}</code>
      </pre>
    </div>
  );
}

/** Every command the CLI of this build knows. */
export function CliCommands() {
  if (!site.cli.commands.length) return <Notice>{site.cli.notice ?? 'No CLI commands found.'}</Notice>;
  return (
    <table className="sb-unstyled lv-docs-table">
      <caption>Commands of this build of the livery CLI</caption>
      <thead>
        <tr>
          <th scope="col">Command</th>
          <th scope="col">What it does</th>
        </tr>
      </thead>
      <tbody>
        {site.cli.commands.map((c) => (
          <tr key={c.name}>
            <th scope="row">
              <code>livery {c.name}</code>
            </th>
            <td>{c.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PackageName() {
  return <code>{site.packageName}</code>;
}

export function Version() {
  return <>{site.version}</>;
}
