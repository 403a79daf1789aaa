// The React example page: fetches the article's story and renders <TimelinePanel> with it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TimelinePanel } from './timeline-panel.tsx';

const response = await fetch('../../data/north-korea-talks.json');
const story: unknown = await response.json();
const log = document.getElementById('log')!;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <TimelinePanel data={story} onSelect={(id) => (log.textContent = `onSelect("${id ?? ''}")`)} />
  </StrictMode>,
);
