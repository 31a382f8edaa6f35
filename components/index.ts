/**
 * Every Livery component in one import: `import 'liverykit/components'`. Each module registers its
 * element; import `liverykit/components/<name>.js` instead to load only what a page uses.
 */
export { LvBadge } from './badge/badge.ts';
export { LvBanner } from './banner/banner.ts';
export { LvButton } from './button/button.ts';
export { LvCard } from './card/card.ts';
export { LvCheckbox } from './checkbox/checkbox.ts';
export { LvFeatureBlock } from './feature-block/feature-block.ts';
export { LvIcon } from './icon/icon.ts';
export { LvLink } from './link/link.ts';
export { LvLogo } from './logo/logo.ts';
export { LvSelect } from './select/select.ts';
export { LvSwitch } from './switch/switch.ts';
export { LvTextField } from './text-field/text-field.ts';
export { LvChangeEvent, LvDismissEvent } from './base/events.ts';
export { LiveryElement } from './base/livery-element.ts';
