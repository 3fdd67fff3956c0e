// How figures are shown. Money arrives as an exact decimal string ("12345.60") and is shown without ever
// becoming a floating-point number: "¥12,345.60".

function group(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function money(amount) {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  return `${negative ? '-' : ''}¥${group(whole)}.${(fraction + '00').slice(0, 2)}`;
}

export function count(value) {
  return group(String(value));
}

/** A ratio (0.0523) as a percentage with two decimals ("5.23%"). */
export function percent(ratio) {
  return `${(Number(ratio) * 100).toFixed(2)}%`;
}

export function minutes(value) {
  return value === null || value === undefined ? '–' : `${Number(value).toFixed(1)} min`;
}

/** An enum constant (MOBILE_APP) as words ("mobile app"); names (provinces, categories' skus) as they are. */
export function label(key) {
  return /^[A-Z][A-Z_]*$/.test(key) ? key.toLowerCase().replaceAll('_', ' ') : key;
}
