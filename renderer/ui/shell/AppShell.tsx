import {
  AdminPanelSettings,
  Business,
  DarkMode,
  Groups,
  Event,
  TaskAlt,
  LightMode,
  Lock,
  Menu as MenuIcon,
  MergeType,
  PeopleAlt,
  Settings,
  UploadFile,
  Insights,
  AutoDelete,
  VerifiedUser,
} from '@mui/icons-material';
import {
  AppBar,
  Badge,
  Box,
  Drawer,
  IconButton,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Tooltip,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerUser } from '../../admin/useServerUser';
import { useSettingsCategoryMove } from '../../categories/useSettingsCategoryMove';
import { useSettingsFeatureMove } from '../../registerConfig/useSettingsFeatureMove';
import { useApp, useStore } from '../../app/AppContext';
import { routeToHash, useHashRoute, type Route } from '../../app/useHashRoute';
import { AdminPage } from '../admin/AdminPage';
import { LanguageMenu } from '../common/LanguageMenu';
import { ContactListDetailPage } from '../consent/ContactListDetailPage';
import { ContactListsPage } from '../consent/ContactListsPage';
import { forgetListFilters } from '../common/listFilterMemory';
import { hasUnsavedChanges, leaveUnsavedChanges } from '../common/unsavedChangesGuard';
import { OrganisationDetailPage } from '../organisations/OrganisationDetailPage';
import { OrganisationFormPage } from '../organisations/OrganisationFormPage';
import { OrganisationListPage } from '../organisations/OrganisationListPage';
import { PeopleListPage } from '../people/PeopleListPage';
import { PersonDetailPage } from '../people/PersonDetailPage';
import { PersonFormPage } from '../people/PersonFormPage';
import { ImportPage } from '../import/ImportPage';
import { PrivacyNoticePage } from '../notice/PrivacyNoticePage';
import { EventsSection } from '../events/EventsSection';
import { RequestsPage } from '../rights/RequestsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { LazyStatisticsPage } from '../stats/LazyStatisticsPage';
import { TasksPage, useMyTasks } from '../activities/TasksPage';
import { isFollowUpOverdue } from '../../../shared/activities/activityTimeline';
import { todayIso } from '../../state/registerActions';
import { RetentionReviewPage } from '../retention/RetentionReviewPage';
import { ConflictsPage } from '../sync/ConflictsPage';
import { SyncStatusIndicator } from '../sync/SyncStatusIndicator';
import { useOpenConflicts } from '../sync/useOpenConflicts';
import { RegisterLoadingBar } from './RegisterLoadingBar';
import { useIdleLock } from './useIdleLock';
import { useShortcuts } from './useShortcuts';

const drawerWidth = 220;

// The navigation entry each page belongs to (highlighted while the page is open). Pages not named here
// belong to their own entry when one exists by that name, else to People.
const sectionOfPage: Partial<Record<Route['page'], string>> = {
  privacyNotice: 'settings',
  list: 'lists',
  event: 'events',
  eventNew: 'events',
  eventEdit: 'events',
  eventReport: 'events',
};
const section = (route: Route): string =>
  sectionOfPage[route.page] ??
  (route.page.startsWith('organisation')
    ? 'organisations'
    : route.page.startsWith('person')
      ? 'people'
      : route.page);
const Page = ({ route }: { route: Route }) => {
  switch (route.page) {
    case 'people':
      return <PeopleListPage />;
    case 'personNew':
      return <PersonFormPage />;
    case 'person':
      return <PersonDetailPage id={route.id} key={route.id} />;
    case 'personEdit':
      return <PersonFormPage id={route.id} />;
    case 'organisations':
      return <OrganisationListPage />;
    case 'organisationNew':
      return <OrganisationFormPage />;
    case 'organisation':
      return <OrganisationDetailPage id={route.id} key={route.id} />;
    case 'organisationEdit':
      return <OrganisationFormPage id={route.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'import':
      return <ImportPage />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'admin':
      return <AdminPage />;
    case 'privacyNotice':
      return <PrivacyNoticePage />;
    case 'lists':
      return <ContactListsPage />;
    case 'list':
      return <ContactListDetailPage id={route.id} key={route.id} />;
    case 'events':
    case 'eventNew':
    case 'event':
    case 'eventEdit':
    case 'eventReport':
      return <EventsSection route={route} />;
    case 'statistics':
      return <LazyStatisticsPage />;
    case 'tasks':
      return <TasksPage />;
    case 'retentionReview':
      return <RetentionReviewPage />;
    case 'requests':
      return <RequestsPage />;
  }
};

export const AppShell = () => {
  const { t } = useTranslation();
  const theme = useTheme();
  const isWide = useMediaQuery(theme.breakpoints.up('md'));
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const { session, preferences, setPreferences } = useApp();
  const store = useStore();
  const [route] = useHashRoute();
  const current = section(route);
  const lock = (reason: 'manual' | 'idle') => {
    forgetListFilters();
    void session.lock(reason);
  };
  useIdleLock(store.settings().autoLockMinutes, () => lock('idle'));
  useShortcuts(route, () => lock('manual'));

  const openConflicts = useOpenConflicts().length;

  const today = todayIso();

  const overdueTasks = useMyTasks().filter((task) => isFollowUpOverdue(task, today)).length;
  const serverUser = useServerUser();
  const isAdmin = serverUser.kind === 'known' && serverUser.isAdmin;
  useSettingsCategoryMove();
  useSettingsFeatureMove();
  const navItems = [
    { key: 'people', label: t('nav.people'), icon: <PeopleAlt />, href: routeToHash({ page: 'people' }) },
    {
      key: 'organisations',
      label: t('nav.organisations'),
      icon: <Business />,
      href: routeToHash({ page: 'organisations' }),
    },
    { key: 'lists', label: t('consent.lists.nav'), icon: <Groups />, href: routeToHash({ page: 'lists' }) },
    { key: 'events', label: t('events.nav'), icon: <Event />, href: routeToHash({ page: 'events' }) },
    {
      key: 'tasks',
      label: t('activity.tasks.nav'),
      icon: (
        <Badge badgeContent={overdueTasks} color="error" data-testid="tasks-badge">
          <TaskAlt />
        </Badge>
      ),
      href: routeToHash({ page: 'tasks' }),
    },
    {
      key: 'statistics',
      label: t('stats.nav'),
      icon: <Insights />,
      href: routeToHash({ page: 'statistics' }),
    },
    {
      key: 'retentionReview',
      label: t('retention.nav'),
      icon: <AutoDelete />,
      href: routeToHash({ page: 'retentionReview' }),
    },
    {
      key: 'import',
      label: t('spreadsheet.importTitle'),
      icon: <UploadFile />,
      href: routeToHash({ page: 'import' }),
    },
    {
      key: 'requests',
      label: t('rights.nav'),
      icon: <VerifiedUser />,
      href: routeToHash({ page: 'requests' }),
    },
    {
      key: 'conflicts',
      label: t('sync.conflicts.nav'),
      icon: (
        <Badge badgeContent={openConflicts} color="error" data-testid="conflicts-badge">
          <MergeType />
        </Badge>
      ),
      href: routeToHash({ page: 'conflicts' }),
    },
    ...(isAdmin
      ? [
          {
            key: 'admin',
            label: t('admin.nav'),
            icon: <AdminPanelSettings />,
            href: routeToHash({ page: 'admin' }),
          },
        ]
      : []),
    {
      key: 'settings',
      label: t('nav.settings'),
      icon: <Settings />,
      href: routeToHash({ page: 'settings' }),
    },
  ] as const;

  const navigation = (
    <Box component="nav" aria-label={t('common.appName')} sx={{ pt: 1 }}>
      <List>
        {navItems.map((item) => (
          <ListItemButton
            key={item.key}
            component="a"
            href={item.href}
            selected={current === item.key}
            aria-current={current === item.key ? 'page' : undefined}
            onClick={(event) => {
              setDrawerOpen(false);
              if (!hasUnsavedChanges()) return;
              event.preventDefault();
              leaveUnsavedChanges(() => {
                window.location.hash = item.href;
              });
            }}
            data-testid={`nav-${item.key}`}
          >
            <ListItemIcon>{item.icon}</ListItemIcon>
            <ListItemText primary={item.label} />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );

  const isDark = theme.palette.mode === 'dark';
  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar position="fixed" elevation={0} sx={{ zIndex: theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 1 }}>
          {!isWide ? (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={t('nav.openMenu')}
              onClick={() => setDrawerOpen(true)}
            >
              <MenuIcon />
            </IconButton>
          ) : null}
          <Box
            component="img"
            src="./favicon.svg"
            alt=""
            sx={{ width: 26, height: 26, borderRadius: 1, border: '1px solid rgba(255,255,255,0.5)' }}
          />
          <Typography variant="h6" component="p" sx={{ flex: 1, fontWeight: 600 }}>
            {t('common.appName')}
          </Typography>
          <SyncStatusIndicator />
          <LanguageMenu />
          <Tooltip title={t('nav.toggleTheme')}>
            <IconButton
              color="inherit"
              aria-label={t('nav.toggleTheme')}
              onClick={() => setPreferences({ ...preferences, theme: isDark ? 'light' : 'dark' })}
            >
              {isDark ? <LightMode /> : <DarkMode />}
            </IconButton>
          </Tooltip>
          <Tooltip title={`${t('nav.lockNow')} (Ctrl+L)`}>
            <IconButton
              color="inherit"
              aria-label={t('nav.lockNow')}
              onClick={() => lock('manual')}
              data-testid="lock-now"
            >
              <Lock />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Drawer
        variant={isWide ? 'permanent' : 'temporary'}
        open={isWide || isDrawerOpen}
        onClose={() => setDrawerOpen(false)}
        sx={{
          width: drawerWidth,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        {navigation}
        <Typography variant="caption" color="text.secondary" sx={{ mt: 'auto', p: 2 }}>
          {t('nav.shortcutsText')}
        </Typography>
      </Drawer>
      <Box
        component="main"
        sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}
      >
        <Toolbar variant="dense" />
        <RegisterLoadingBar />
        <Box
          sx={{
            flex: 1,
            minHeight: 0,
            overflow:
              route.page === 'people' || route.page === 'organisations' || route.page === 'events'
                ? 'hidden'
                : 'auto',
            p: { xs: 2, md: 3 },
            display: 'flex',
            flexDirection: 'column',
          }}
        >
          <Page route={route} />
        </Box>
      </Box>
    </Box>
  );
};
