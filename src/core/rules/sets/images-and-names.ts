import type { Rule } from '../rule';
import { areaAlt } from '../area-alt';
import { buttonName } from '../button-name';
import { frameTitle } from '../frame-title';
import { imageAltQuality } from '../image-alt-quality';
import { imageRedundantAlt } from '../image-redundant-alt';
import { inputButtonName } from '../input-button-name';
import { inputImageAlt } from '../input-image-alt';
import { linkName } from '../link-name';
import { objectAlt } from '../object-alt';
import { roleImgAlt } from '../role-img-alt';
import { serverSideImageMap } from '../server-side-image-map';
import { svgImgAlt } from '../svg-img-alt';

/** Rules of this group, in the order findings are listed when they share a position. */
export const imageAndNameRules: readonly Rule[] = [
  imageAltQuality,
  imageRedundantAlt,
  inputImageAlt,
  areaAlt,
  objectAlt,
  svgImgAlt,
  roleImgAlt,
  serverSideImageMap,
  linkName,
  buttonName,
  inputButtonName,
  frameTitle,
];
