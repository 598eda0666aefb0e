// Placeholder replaced below.
export default function pagefind() { return { name: 'atlas-pagefind', hooks: {} }; }
