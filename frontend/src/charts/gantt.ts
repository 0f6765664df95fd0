// Extra ECharts parts for the Gantt timeline.
import { use } from 'echarts/core';
import { CustomChart } from 'echarts/charts';
import { DataZoomInsideComponent, DataZoomSliderComponent } from 'echarts/components';
import './echarts';

use([CustomChart, DataZoomInsideComponent, DataZoomSliderComponent]);

export * from 'echarts/core';
