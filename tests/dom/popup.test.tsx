import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Popup } from '@/src/popup/Popup';

describe('Popup', () => {
  it('says it is unofficial', () => {
    render(<Popup />);
    expect(screen.getByText(/not affiliated with USCIS/)).toBeTruthy();
  });
});
