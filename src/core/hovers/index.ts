export { attributeHovers, elementHovers, templateCodeHover, type HoverText } from './hoverTexts';
export { hoverAt, type HoverFound } from './hoverAt';
