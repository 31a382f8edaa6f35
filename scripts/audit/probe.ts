/**
 * What the audit reads from a page, as one function that runs inside Chromium (Playwright sends
 * its source text, so it must not use imports or anything outside its own body). It walks the
 * light DOM — never the shadow roots of `lv-*` components, whose styles are the system's own —
 * and returns the computed styles the checks compare with the brand's tokens. Judging happens
 * in Node (checks/), so the page does the least work and a huge DOM costs one pass.
 */

export interface ProbeInput {
  /** Data attributes of the resolver's modifiers (`data-theme`, `data-brand`). */
  modifierAttributes: string[];
  /** `lv-*` tags that are interactive controls (from custom-elements.json). */
  systemControlTags: string[];
  /** Stop before reading styles when the document has more elements than this. */
  maxElements: number;
  /** `{ property, value }` pairs (token values) that Chromium should compute, so both sides compare in one spelling. */
  normalize: { property: string; value: string }[];
}

export interface ProbedRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProbedElement {
  selector: string;
  tag: string;
  rect: ProbedRect;
  /** Modifier attribute → value of the nearest ancestor (or self) that sets it. */
  contexts: Record<string, string>;
  /** Computed styles that the element itself sets (inherited ones only where they start). */
  styles: Record<string, string>;
}

export interface ProbedControl {
  selector: string;
  tag: string;
  kind: string;
  rect: ProbedRect;
}

export interface ProbedImage {
  selector: string;
  rect: ProbedRect;
  /** Absolute URL of an `<img>`, or undefined for inline SVG. */
  src?: string;
  /** Markup of an inline `<svg>`. */
  svg?: string;
  /** alt text, id, class and file name: what names an image as a logo. */
  hint: string;
}

export interface ProbeResult {
  elementCount: number;
  tooLarge: boolean;
  elements: ProbedElement[];
  rogueControls: ProbedControl[];
  systemControls: number;
  images: ProbedImage[];
  /** Chromium's spelling of each `normalize` pair, in the same order. */
  normalized: string[];
}

/** Runs in the page. Keep it self-contained. */
export function probePage(input: ProbeInput): ProbeResult {
  const all = document.getElementsByTagName('*');
  const elementCount = all.length;
  const normalized: string[] = [];
  {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;left:-9999px;top:0';
    document.body.appendChild(probe);
    const computed = getComputedStyle(probe);
    for (const { property, value } of input.normalize) {
      probe.style.setProperty(property, value);
      normalized.push(computed.getPropertyValue(property));
      probe.style.removeProperty(property);
    }
    probe.remove();
  }
  if (elementCount > input.maxElements) {
    return { elementCount, tooLarge: true, elements: [], rogueControls: [], systemControls: 0, images: [], normalized };
  }

  const INHERITED = ['color', 'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing'];
  const BOX = ['background-color', 'box-shadow', 'row-gap', 'column-gap'];
  const SIDES = ['top', 'right', 'bottom', 'left'];
  const CORNERS = ['top-left', 'top-right', 'bottom-right', 'bottom-left'];
  const systemControlTags = new Set(input.systemControlTags);
  const selectorCache = new Map<Element, string>();

  const selectorOf = (element: Element): string => {
    const cached = selectorCache.get(element);
    if (cached) return cached;
    const parts: string[] = [];
    let node: Element | null = element;
    while (node && node !== document.documentElement) {
      if (node.id && document.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const tag = node.tagName.toLowerCase();
      const parent: Element | null = node.parentElement;
      const siblings = parent ? Array.from(parent.children).filter((c) => c.tagName === node!.tagName) : [];
      parts.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(node) + 1})` : tag);
      node = parent;
    }
    const selector = parts.join(' > ') || 'html';
    selectorCache.set(element, selector);
    return selector;
  };
  const rectOf = (element: Element): ProbedRect => {
    const r = element.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  };
  // Light-DOM children of a component (slotted content) are the component's business.
  const hasLvAncestor = (element: Element): boolean => {
    for (let node = element.parentElement; node; node = node.parentElement)
      if (node.tagName.startsWith('LV-')) return true;
    return false;
  };
  const contextsOf = (element: Element): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const attribute of input.modifierAttributes) {
      const holder = element.closest(`[${attribute}]`);
      const value = holder?.getAttribute(attribute);
      if (value) out[attribute] = value;
    }
    return out;
  };
  const directText = (element: Element): boolean => {
    for (const child of element.childNodes)
      if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) return true;
    return false;
  };

  const elements: ProbedElement[] = [];
  const rogueControls: ProbedControl[] = [];
  const images: ProbedImage[] = [];
  let systemControls = 0;
  const inheritedOrigins = new Set<string>();

  for (const element of Array.from(all)) {
    const tag = element.tagName.toLowerCase();
    if (
      tag === 'script' ||
      tag === 'style' ||
      tag === 'head' ||
      tag === 'meta' ||
      tag === 'link' ||
      tag === 'title' ||
      tag === 'noscript' ||
      tag === 'template'
    )
      continue;
    if (element.closest('head')) continue;
    if (tag.startsWith('lv-')) {
      if (systemControlTags.has(tag) && !hasLvAncestor(element)) systemControls++;
      continue;
    }
    if (element.getClientRects().length === 0) continue;
    const computed = getComputedStyle(element);
    if (computed.visibility === 'hidden' || computed.display === 'none' || Number(computed.opacity) === 0) continue;
    const inSystem = hasLvAncestor(element);
    const styles: Record<string, string> = {};

    if (!inSystem) {
      // Controls built by hand where a component exists.
      const role = element.getAttribute('role');
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      let kind: string | undefined;
      if (tag === 'button' || role === 'button') kind = 'button';
      else if (tag === 'input' && type !== 'hidden')
        kind =
          type === 'checkbox'
            ? 'checkbox'
            : type === 'radio'
              ? 'radio'
              : type === 'submit' || type === 'button' || type === 'reset'
                ? 'button'
                : 'text field';
      else if (tag === 'select' || role === 'listbox' || role === 'combobox') kind = 'select';
      else if (tag === 'textarea') kind = 'text field';
      else if (role === 'checkbox') kind = 'checkbox';
      else if (role === 'switch') kind = 'switch';
      else if (tag === 'a' && element.hasAttribute('href')) {
        const painted =
          computed.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
          (parseFloat(computed.borderTopWidth) > 0 && computed.borderTopStyle !== 'none');
        if (painted && parseFloat(computed.paddingTop) + parseFloat(computed.paddingBottom) >= 4)
          kind = 'link styled as a button';
      }
      if (kind) rogueControls.push({ selector: selectorOf(element), tag, kind, rect: rectOf(element) });
    }

    if (tag === 'img') {
      const img = element as HTMLImageElement;
      images.push({
        selector: selectorOf(element),
        rect: rectOf(element),
        src: img.currentSrc || img.src,
        hint: [img.alt, img.id, img.className, img.src.split('/').pop() ?? ''].join(' '),
      });
    } else if (tag === 'svg' && !(element.parentElement && element.parentElement.closest('svg'))) {
      const label = element.getAttribute('aria-label') ?? element.querySelector('title')?.textContent ?? '';
      images.push({
        selector: selectorOf(element),
        rect: rectOf(element),
        svg: element.outerHTML,
        hint: [label, element.id, element.getAttribute('class') ?? ''].join(' '),
      });
    }
    if (element instanceof SVGElement && tag !== 'svg') {
      for (const property of ['fill', 'stroke']) {
        const value = computed.getPropertyValue(property);
        if (value && value !== 'none' && !value.startsWith('url(')) styles[property] = value;
      }
    }

    // Inherited properties are judged where they start: on the highest ancestor with the same value,
    // so a wrong body color is one finding, not one per paragraph.
    if (directText(element)) {
      for (const property of INHERITED) {
        const value = computed.getPropertyValue(property);
        let origin: Element = element;
        for (
          let parent = element.parentElement;
          parent && parent !== document.documentElement.parentElement;
          parent = parent.parentElement
        ) {
          if (getComputedStyle(parent).getPropertyValue(property) !== value) break;
          origin = parent;
        }
        const key = `${property}\u0000${selectorOf(origin)}`;
        if (inheritedOrigins.has(key)) continue;
        inheritedOrigins.add(key);
        if (origin === element) styles[property] = value;
        else
          elements.push({
            selector: selectorOf(origin),
            tag: origin.tagName.toLowerCase(),
            rect: rectOf(origin),
            contexts: contextsOf(origin),
            styles: { [property]: value, 'font-size': getComputedStyle(origin).fontSize },
          });
      }
      if (styles['line-height'] || styles['letter-spacing']) styles['font-size'] ??= computed.fontSize;
    }

    for (const property of BOX) {
      const value = computed.getPropertyValue(property);
      if (property === 'background-color' && value !== 'rgba(0, 0, 0, 0)') styles[property] = value;
      else if (property === 'box-shadow' && value !== 'none') styles[property] = value;
      else if (
        (property === 'row-gap' || property === 'column-gap') &&
        value !== 'normal' &&
        /flex|grid/.test(computed.display)
      )
        styles[property] = value;
    }
    for (const side of SIDES) {
      const width = parseFloat(computed.getPropertyValue(`border-${side}-width`));
      if (width > 0 && computed.getPropertyValue(`border-${side}-style`) !== 'none')
        styles[`border-${side}-color`] = computed.getPropertyValue(`border-${side}-color`);
      for (const box of ['margin', 'padding']) {
        const value = computed.getPropertyValue(`${box}-${side}`);
        if (value !== '0px') styles[`${box}-${side}`] = value;
      }
    }
    if (styles['margin-left'] && styles['margin-left'] === styles['margin-right'])
      styles['margin-inline-symmetric'] = 'true';
    for (const corner of CORNERS) {
      const value = computed.getPropertyValue(`border-${corner}-radius`);
      if (value !== '0px') styles[`border-${corner}-radius`] = value;
    }
    if (computed.outlineStyle !== 'none' && parseFloat(computed.outlineWidth) > 0)
      styles['outline-color'] = computed.outlineColor;
    if (Object.keys(styles).length)
      elements.push({
        selector: selectorOf(element),
        tag,
        rect: rectOf(element),
        contexts: contextsOf(element),
        styles,
      });
  }
  return { elementCount, tooLarge: false, elements, rogueControls, systemControls, images, normalized };
}
