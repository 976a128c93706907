import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from '@fluentui/react-components';

export interface PaneTab<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

export interface PaneTabsProps<Id extends string> {
  readonly tabs: readonly PaneTab<Id>[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
}

/**
 * The pane's tabs, fitted to its width (Fluent UI's tab-overflow pattern): tabs that do not fit
 * move into a "More" menu at the end of the tab list, the selected tab always stays visible.
 * Six tabs need about 475 px; a task pane is 320–350 px wide.
 */
export function PaneTabs<Id extends string>({ tabs, selected, onSelect }: PaneTabsProps<Id>) {
  return (
    <Overflow minimumVisible={2}>
      <TabList
        size="small"
        selectedValue={selected}
        onTabSelect={(_, d) => onSelect(d.value as Id)}
        aria-label="Task pane sections"
        style={{ minWidth: 0, overflow: 'hidden' }}
      >
        {tabs.map((t) => (
          <OverflowItem key={t.id} id={t.id} priority={t.id === selected ? 2 : 1}>
            <Tab value={t.id}>{t.label}</Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

function MoreTabs<Id extends string>({
  tabs,
  onSelect,
}: Pick<PaneTabsProps<Id>, 'tabs' | 'onSelect'>) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu hasIcons={false}>
      <MenuTrigger disableButtonEnhancement>
        <Tab
          ref={ref}
          value="__more"
          aria-label={`More sections (${overflowCount})`}
          aria-haspopup="menu"
        >
          More ▾
        </Tab>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((t) => (
            <HiddenTabItem key={t.id} tab={t} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTabItem<Id extends string>({
  tab,
  onSelect,
}: {
  readonly tab: PaneTab<Id>;
  readonly onSelect: (id: Id) => void;
}) {
  const visible = useIsOverflowItemVisible(tab.id);
  if (visible) return null;
  return <MenuItem onClick={() => onSelect(tab.id)}>{tab.label}</MenuItem>;
}
