import { describe, expect, it } from 'vitest';
import { dataTextureSize } from '../../../../src/map/arcs/arcBuffers';
import { ARC_TEXTURE_WIDTH } from '../../../../src/map/arcs/arcShaders';

describe('dataTextureSize', () => {
  it('dataTextureSize(texels) is as many full-width rows as the texels need', () => {
    expect(dataTextureSize(1)).toEqual([ARC_TEXTURE_WIDTH, 1]);
    expect(dataTextureSize(ARC_TEXTURE_WIDTH)).toEqual([ARC_TEXTURE_WIDTH, 1]);
    expect(dataTextureSize(ARC_TEXTURE_WIDTH + 1)).toEqual([ARC_TEXTURE_WIDTH, 2]);
  });

  it('dataTextureSize(0) is still one row, a valid texture', () => {
    expect(dataTextureSize(0)).toEqual([ARC_TEXTURE_WIDTH, 1]);
  });
});
