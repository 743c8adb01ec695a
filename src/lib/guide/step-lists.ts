import { getCollection } from 'astro:content';
import { sortCases } from '../list/facets';
import { groupByStep, guideCases, stepListPages, type StepListPage } from './replication';

/** Every page of every guide step's full list, from the case files, for the routes under /panduan/. */
export async function getStepListPages(): Promise<StepListPage[]> {
  const entries = sortCases(await getCollection('sentra'));
  const guides = await getCollection('panduan');
  return guides.flatMap((guide) =>
    stepListPages(
      { id: guide.id, title: guide.data.title },
      guide.data.steps.map((item) => item.step),
      groupByStep(guideCases(guide.id, entries)),
    ),
  );
}
