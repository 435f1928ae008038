export enum UtilityService {
  ELECTRICITY = 'ELECTRICITY',
  GAS = 'GAS',
  WATER = 'WATER',
}

export enum SupplyStopStatus {
  NOTIFIED = 'NOTIFIED', // 供給停止予告済み
  EXECUTED = 'EXECUTED', // 停止実施
  CANCELLED = 'CANCELLED', // 支払い等により中止
  RESTORED = 'RESTORED', // 再開
}
