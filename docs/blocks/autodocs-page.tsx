import { Controls, Description, Heading, Primary, Stories, Subtitle, Title } from '@storybook/addon-docs/blocks';

/**
 * The page every component gets from its stories and custom-elements.json: summary, a live example,
 * the API (attributes, slots, parts, CSS properties, events) with controls, then every state.
 * Headings go h1 → h2 → h3, so a story that renders its own h3 keeps the page outline valid.
 */
export function AutodocsPage() {
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <Heading>Example</Heading>
      <Primary />
      <Heading>API</Heading>
      <Controls />
      <Stories title="States" includePrimary={false} />
    </>
  );
}
